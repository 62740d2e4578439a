package io.pressrun.style;

import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;
import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import io.pressrun.model.ErrorWords;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TimeZone;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * The template set: FreeMarker templates, the theme and the labels. A user folder given with
 * {@code --templates} is searched first, then the templates bundled with Pressrun.
 * Thread-safe once built.
 */
public final class Templates {
    private static final String BUNDLED = "/templates";

    private final Configuration freemarker;
    private final Path userDir;
    private final Map<String, Labels> labels = new ConcurrentHashMap<>();
    private final Map<String, Template> labelTemplates = new ConcurrentHashMap<>();

    private Templates(Path userDir) {
        this.userDir = userDir;
        var cfg = new Configuration(Configuration.VERSION_2_3_34);
        List<TemplateLoader> loaders = new ArrayList<>();
        if (userDir != null) {
            try {
                loaders.add(new FileTemplateLoader(userDir.toFile()));
            } catch (IOException e) {
                throw new ConfigurationException(userDir, 0, "cannot read the templates folder: "
                        + ErrorWords.reason(e), e);
            }
        }
        loaders.add(new ClassTemplateLoader(Templates.class, BUNDLED));
        cfg.setTemplateLoader(new MultiTemplateLoader(loaders.toArray(TemplateLoader[]::new)));
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        cfg.setRecognizeStandardFileExtensions(true); // only *.ftlh / *.ftlx; *.xhtml.ftl needs <#ftl output_format="XML">
        cfg.setNumberFormat("computer");
        // templates may come from a user's folder: no ?new class instantiation, no ?api access
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        this.freemarker = cfg;
    }

    /** The bundled templates only. */
    public static Templates bundled() {
        return new Templates(null);
    }

    /** A user's templates folder, falling back to the bundled templates for what it lacks. */
    public static Templates withOverrides(Path userDir) {
        return new Templates(userDir);
    }

    /** The labels of a language, made by {@code load} the first time they are asked for. */
    Labels labels(String languageTag, Supplier<Labels> load) {
        return labels.computeIfAbsent(languageTag, t -> load.get());
    }

    /** Renders a template, e.g. {@code epub/package.opf.ftl}, with the given data model. */
    public String render(String name, Map<String, ?> model) {
        try {
            Template t = template(name);
            var out = new StringWriter();
            t.process(model, out);
            return out.toString();
        } catch (IOException e) {
            throw new UncheckedIOException("template " + name + ": " + ErrorWords.reason(e), e);
        } catch (TemplateException e) {
            throw TemplateProblems.of(this, name, e);
        }
    }

    /** Reads and parses a template; a syntax error is reported with the template file and line. */
    public void parse(String name) {
        try {
            template(name);
        } catch (IOException e) {
            throw new UncheckedIOException("template " + name + ": " + ErrorWords.reason(e), e);
        }
    }

    private Template template(String name) throws IOException {
        try {
            return freemarker.getTemplate(name);
        } catch (freemarker.template.TemplateNotFoundException e) {
            throw new ConfigurationException(shownPath(name), 0, "the template is missing from "
                    + (userDir == null ? "the bundled templates" : userDir + " and from the bundled templates"), e);
        } catch (freemarker.core.ParseException e) {
            throw TemplateProblems.of(this, name, e);
        }
    }

    /** Renders a short inline template string (a label) with the given data model. */
    public String renderString(String label, String source, Map<String, ?> model) {
        return renderLabel(label, source, model, null);
    }

    /** Renders a label; a failure is reported at {@code origin}, where the label was written. */
    String renderLabel(String label, String source, Map<String, ?> model, SettingsFile.Origin origin) {
        try {
            var t = parsedLabel(label, source);
            var out = new StringWriter();
            t.process(model, out);
            return out.toString();
        } catch (IOException | TemplateException e) {
            String message = "label '" + label + "': " + TemplateProblems.words(e)
                    + (e instanceof freemarker.core.InvalidReferenceException
                    ? "; a label may use only the placeholders its bundled version uses" : "; fix the label");
            if (origin == null) {
                throw new IllegalStateException(message, e);
            }
            throw new ConfigurationException(origin.file(), origin.line(), message, e);
        }
    }

    /**
     * A label's template, parsed once per label and text: a batch renders the same labels for
     * every article. A FreeMarker template is safe to process from many threads.
     */
    private Template parsedLabel(String label, String source) throws IOException {
        String key = label + '\u0000' + source;
        Template t = labelTemplates.get(key);
        if (t == null) {
            t = new Template("label:" + label, source, freemarker);
            labelTemplates.putIfAbsent(key, t);
        }
        return t;
    }

    /** The folder given with {@code --templates}, if any. */
    public Optional<Path> userFolder() {
        return Optional.ofNullable(userDir);
    }

    /**
     * The file a template or settings file of the set is read from, as messages name it: the
     * user's file when the user folder has it, else {@code templates/<name>} (the bundled one).
     */
    public Path shownPath(String name) {
        if (userDir != null && Files.isRegularFile(userDir.resolve(name))) {
            return userDir.resolve(name);
        }
        return Path.of("templates", name);
    }

    /** Opens a non-template file of the set (theme, labels, CSS), user folder first. */
    public Optional<byte[]> readFile(String name) {
        List<byte[]> layers = readLayers(name);
        return layers.isEmpty() ? Optional.empty() : Optional.of(layers.get(layers.size() - 1));
    }

    /**
     * Every version of a settings file, lowest precedence first: the bundled one, then the user
     * folder's. Settings files (theme, labels) are merged key by key, so a user file need only
     * hold what it changes.
     */
    public List<byte[]> readLayers(String name) {
        return settingsLayers(name).stream().map(SettingsFile.Layer::bytes).toList();
    }

    /** {@link #readLayers}, each with the file it is reported under. */
    List<SettingsFile.Layer> settingsLayers(String name) {
        List<SettingsFile.Layer> layers = new ArrayList<>(2);
        try (InputStream in = Templates.class.getResourceAsStream(BUNDLED + "/" + name)) {
            if (in != null) {
                layers.add(new SettingsFile.Layer(Path.of("templates", name), in.readAllBytes()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the bundled " + name, e);
        }
        if (userDir != null) {
            Path p = userDir.resolve(name);
            if (Files.isRegularFile(p)) {
                try {
                    layers.add(new SettingsFile.Layer(p, Files.readAllBytes(p)));
                } catch (IOException e) {
                    throw new ConfigurationException(p, 0, "cannot read the file: " + ErrorWords.reason(e), e);
                }
            }
        }
        return layers;
    }
}
