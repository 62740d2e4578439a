package io.pressrun.typeset.font;

import io.pressrun.model.UnsetScript;
import io.pressrun.style.Theme;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The theme's fonts ({@code fonts.serif.regular} ...), faces per script ({@code fonts.scripts})
 * and fallbacks ({@code fonts.fallback}), and the choice of face for every character: the
 * style's own face when it has the glyph, else the face named for the character's script when
 * it has it (so that a whole script comes from one face), else the first fallback that does.
 */
public final class FontSet {
    private final Map<String, FontFace> faces = new LinkedHashMap<>();
    private final List<String> fallbackNames;
    private final Map<Character.UnicodeScript, String> scriptNames;
    private final Theme theme;
    private final Function<String, FontFace> loader;
    private final Map<String, WordSpace> wordSpaces = new LinkedHashMap<>();

    /**
     * @param loader loads a font file named in the theme; called at most once per name
     */
    public FontSet(Theme theme, Function<String, FontFace> loader) {
        this.theme = theme;
        this.loader = loader;
        this.fallbackNames = theme.strings("fonts.fallback"); // loaded when first needed
        this.scriptNames = theme.scriptFaces();
    }

    private FontFace load(String fileName) {
        return faces.computeIfAbsent(fileName, loader);
    }

    /** The face for a style; a variant the family lacks degrades to bold, then regular. */
    public FontFace face(TextStyle style) {
        Object family = theme.value("fonts." + style.family());
        if (!(family instanceof Map<?, ?> variants)) {
            throw theme.problem("fonts." + style.family(), "'fonts." + style.family()
                    + "' must list the family's font files (regular, bold, italic, bold-italic)");
        }
        for (String v : List.of(style.variant(), style.bold() ? "bold" : "regular", "regular")) {
            Object file = variants.get(v);
            if (file != null) {
                return load(String.valueOf(file));
            }
        }
        throw theme.problem("fonts." + style.family(), "'fonts." + style.family()
                + "' has no 'regular' font file; every family needs one");
    }

    /** The word space of a style's family ({@code word-space.<family>} in the theme). */
    public WordSpace wordSpace(TextStyle style) {
        return wordSpaces.computeIfAbsent(style.family(), f -> WordSpace.of(theme, f));
    }

    /** Every face loaded so far, primary and fallback. */
    public List<FontFace> loaded() {
        return List.copyOf(faces.values());
    }

    /**
     * Splits text into spans by the face that can show each character.
     *
     * @throws MissingGlyphException when no face has a character
     * @throws UnsetScriptException    when a character is of a script that cannot be set yet
     */
    public List<Span> spans(String text, TextStyle style, String href) {
        return spans(text, style, href, 0);
    }

    /**
     * Splits text set at bidi level {@code level} (odd: right to left) into spans by the face
     * that can show each character. A combining mark stays in the face of the letter before it
     * when that face has it, and so do punctuation and digits after a letter of a shaped script
     * or in right-to-left text: a mark joins its letter, a bracket is mirrored with its text.
     *
     * @throws MissingGlyphException when no face has a character
     * @throws UnsetScriptException    when a character is of a script that cannot be set yet
     */
    public List<Span> spans(String text, TextStyle style, String href, int level) {
        FontFace primary = face(style);
        List<Span> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        FontFace currentFace = null;
        int previous = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            i += Character.charCount(cp);
            boolean stays = currentFace != null && currentFace != primary && currentFace.hasGlyph(cp)
                    && staysWithTheRun(cp, level, previous);
            FontFace f = stays ? currentFace : faceFor(cp, primary, text);
            previous = cp;
            if (f != currentFace && current.length() > 0) {
                out.add(span(current.toString(), currentFace, style, href, level));
                current.setLength(0);
            }
            currentFace = f;
            current.appendCodePoint(cp);
        }
        if (current.length() > 0) {
            out.add(span(current.toString(), currentFace, style, href, level));
        }
        return out;
    }

    /**
     * Whether a character the run's fallback face has stays in it: a mark always; punctuation, a
     * digit or a space in right-to-left text or after a letter of a shaped script. (Looked up only
     * for the characters of a fallback run: most text never asks.)
     */
    private static boolean staysWithTheRun(int cp, int level, int previous) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        return script == Character.UnicodeScript.INHERITED || script == Character.UnicodeScript.COMMON
                && ((level & 1) != 0 || ComplexShaping.shapedScript(previous));
    }

    /** Standard ligatures are set in serif text in its own face only (never in code or a fallback face). */
    private Span span(String text, FontFace face, TextStyle style, String href, int level) {
        boolean ligatures = "serif".equals(style.family()) && face == face(style);
        return Span.shape(text, face, style.size(), style.colour(), href, ligatures, style.rise(), style.struck(),
                level);
    }

    private FontFace faceFor(int cp, FontFace primary, String context) {
        UnsetScript.reason(cp).ifPresent(reason -> {
            throw new UnsetScriptException(reason);
        });
        if (primary.hasGlyph(cp)) {
            return primary;
        }
        String forScript = scriptNames.get(Character.UnicodeScript.of(cp));
        if (forScript != null && load(forScript).hasGlyph(cp)) {
            return load(forScript);
        }
        for (String name : fallbackNames) {
            FontFace f = load(name);
            if (f.hasGlyph(cp)) {
                return f;
            }
        }
        throw new MissingGlyphException(cp, context);
    }
}
