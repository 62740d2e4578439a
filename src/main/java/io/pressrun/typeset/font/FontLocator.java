package io.pressrun.typeset.font;

import io.pressrun.model.ErrorWords;
import io.pressrun.style.ConfigurationException;
import io.pressrun.style.Theme;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Finds a font file the theme names: in the {@code --templates} folder (the name is a path
 * relative to it), else among the bundled fonts. Nothing else on disk is ever opened: an
 * absolute path, a path leading out of the folder and a link to a file outside it are refused.
 * The bytes are checked to be a TrueType font ({@link TrueTypeHeader}) before any parser sees them.
 */
final class FontLocator {
    /** Larger than any font we know (Droid Sans Fallback Full is 4 MiB), small enough to hold. */
    static final long MAX_BYTES = 64L << 20;

    private final Theme theme;
    private final Optional<Path> folder;

    FontLocator(Theme theme) {
        this.theme = theme;
        this.folder = theme.folder();
    }

    /**
     * The bytes of the font file {@code name}, named by the setting {@code key}.
     *
     * @throws ConfigurationException naming the setting's file and line when the font cannot be used
     */
    byte[] read(String key, String name) {
        Path relative = relative(key, name);
        if (folder.isPresent()) {
            Path file = folder.get().resolve(relative);
            if (Files.exists(file)) {
                return checked(key, name, fromFolder(key, name, file));
            }
        }
        if (relative.getNameCount() == 1) {
            try (InputStream in = FontLocator.class.getResourceAsStream("/fonts/" + relative)) {
                if (in != null) {
                    return checked(key, name, in.readAllBytes());
                }
            } catch (IOException e) {
                throw theme.problem(key, "cannot read the bundled font '" + name + "': " + ErrorWords.reason(e), e);
            }
        }
        throw theme.problem(key, "font file '" + name + "' is not "
                + folder.map(f -> "in the templates folder " + f + " nor ").orElse("")
                + "among the bundled fonts; "
                + folder.map(f -> "put it in " + f + " and name it relative to that folder")
                        .orElse("name a bundled font (such as CharisSIL-Regular.ttf), or give --templates DIR"
                                + " with the font in DIR"));
    }

    /** The name as a path inside the folder, or a message saying why it is not one. */
    private Path relative(String key, String name) {
        String where = folder.map(f -> "the templates folder " + f).orElse("the templates folder (--templates DIR)");
        if (name.isBlank()) {
            throw theme.problem(key, "'" + key + "' is empty; name a font file");
        }
        Path p;
        try {
            p = Path.of(name);
        } catch (InvalidPathException e) {
            throw theme.problem(key, "font file '" + name + "' is not a file name");
        }
        if (p.isAbsolute() || name.startsWith("/") || name.startsWith("\\") || name.startsWith("~")
                || p.getRoot() != null) {
            throw theme.problem(key, "font path '" + name + "' is absolute; fonts are read only from the bundled"
                    + " fonts and from " + where + ": copy the font into that folder and name it relative to it");
        }
        Path normal = p.normalize();
        if (normal.getNameCount() == 0 || normal.startsWith("..")) {
            throw theme.problem(key, "font path '" + name + "' leads outside " + where
                    + "; copy the font into that folder and name it relative to it");
        }
        return normal;
    }

    private byte[] fromFolder(String key, String name, Path file) {
        try {
            Path real = file.toRealPath();
            if (!real.startsWith(folder.get().toRealPath())) {
                throw theme.problem(key, "font file '" + name + "' is a link to a file outside the templates folder "
                        + folder.get() + "; copy the font into that folder");
            }
            if (!Files.isRegularFile(real)) {
                throw theme.problem(key, "font file '" + name + "' is not a file");
            }
            long size = Files.size(real);
            if (size > MAX_BYTES) {
                throw theme.problem(key, String.format(java.util.Locale.ROOT,
                        "font file '%s' is %,d bytes, over the limit of %,d; is it a font?", name, size, MAX_BYTES));
            }
            return Files.readAllBytes(real);
        } catch (IOException e) {
            throw theme.problem(key, "cannot read font file '" + name + "': " + ErrorWords.reason(e), e);
        }
    }

    private byte[] checked(String key, String name, byte[] bytes) {
        Optional<String> problem = TrueTypeHeader.problem(bytes);
        if (problem.isPresent()) {
            throw theme.problem(key, "font file '" + name + "' " + problem.get());
        }
        return bytes;
    }
}
