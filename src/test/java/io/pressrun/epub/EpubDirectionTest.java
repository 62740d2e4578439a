package io.pressrun.epub;

import io.pressrun.EditionText;
import io.pressrun.EpubOracles;
import io.pressrun.Press;
import io.pressrun.PressResult;
import io.pressrun.TextFidelity;
import io.pressrun.batch.BuildContext;
import io.pressrun.source.AssetResolver;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The EPUB editions of the articles in {@code src/test/resources/scripts/}, in right-to-left
 * scripts and scripts that need shaping: valid, with every word of the source, written right to
 * left (document, navigation, cover and spine) exactly for the right-to-left languages, and
 * with code and left-to-right links in right-to-left paragraphs set apart in their own direction.
 */
class EpubDirectionTest {
    private static final Press PRESS = Press.builder().formats(Set.of(BuildContext.Format.EPUB)).build();
    private static final Pattern HTML = Pattern.compile("<html [^>]*>");
    private static final Pattern FRONT = Pattern.compile("\\A---\\n(.*?)\\n---\\n(.*)\\z", Pattern.DOTALL);

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"arabic", "hebrew", "persian", "hindi", "bengali", "thai", "korean"})
    @Tag("oracle") // EPUBCheck and Ace: seconds a fixture, for every mutant the checks below cover
    void theEditionIsValid(String name) throws IOException {
        EpubOracles.assertValid(Files.write(dir.resolve(name + ".epub"), epub(name, fixture(name))), name + ".md");
    }

    @ParameterizedTest
    @CsvSource({
        "arabic, ar, true",
        "hebrew, he, true",
        "persian, fa, true",
        "hindi, hi, false",
        "bengali, bn, false",
        "thai, th, false",
        "korean, ko, false",
    })
    void theEditionHasEveryWordAndIsWrittenInTheLanguagesDirection(String name, String lang, boolean rtl)
            throws IOException {
        String source = fixture(name);
        byte[] epub = epub(name, source);

        Map<String, byte[]> entries = EpubWriterTest.entries(epub);
        for (String page : List.of("article.xhtml", "nav.xhtml", "cover.xhtml")) {
            String html = htmlElement(text(entries, page));
            assertTrue(html.contains(" xml:lang=\"" + lang + "\" lang=\"" + lang + "\""), page + ": " + html);
            assertEquals(rtl, html.contains(" dir=\"rtl\""), page + ": " + html);
            assertFalse(html.contains(" dir=\"ltr\""), page + ": " + html);
        }
        String opf = text(entries, "package.opf");
        assertEquals(rtl, opf.contains("<spine toc=\"ncx\" page-progression-direction=\"rtl\">"), opf);
        assertFalse(opf.contains("page-progression-direction=\"ltr\""), opf);

        Matcher m = FRONT.matcher(source);
        assertTrue(m.matches(), "the fixture has a front matter");
        String read = EditionText.ofEpub(epub);
        TextFidelity.assertWordsInOrder(frontText(m.group(1), "title") + " " + frontText(m.group(1), "subtitle")
                + " " + withoutLinkTargets(m.group(2)), read, name + ".md in its EPUB");

        String article = text(entries, "article.xhtml");
        String apart = rtl ? " dir=\"ltr\"" : "";
        assertTrue(article.contains("<code" + apart + ">TLS 1.3</code>"), article);
        assertTrue(article.contains("<a href=\"https://archive.example.org/" + lang + "\"" + apart
                + ">archive.example.org</a>"), article);
        assertTrue(article.contains("<a href=\"https://archive.example.org/feedback\"" + apart
                + ">https://archive.example.org/feedback</a>"), article);
        for (String english : List.of(">By ", " min read<", ">Credits<", ">About the author<", "March")) {
            assertFalse(article.contains(english), () -> "the labels are in the article's language, not '" + english
                    + "': " + article);
        }
        assertFalse(article.contains("<p dir=") || article.contains("<li dir=") || article.contains("<blockquote dir=")
                || article.contains("<h2 id=\"h-1\" dir="), "every block is written in the article's direction: "
                + article);
    }

    private static byte[] epub(String name, String source) {
        PressResult built = PRESS.build("scripts/" + name + ".md", source, AssetResolver.of(Map.of()));
        assertTrue(built.built(), () -> String.join("\n", built.messages()));
        assertEquals(List.of(), built.messages(), "the fixture builds without a warning");
        return built.epub().orElseThrow();
    }

    private static String fixture(String name) throws IOException {
        try (InputStream in = EpubDirectionTest.class.getResourceAsStream("/scripts/" + name + ".md")) {
            assertTrue(in != null, "no fixture " + name);
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    private static String text(Map<String, byte[]> entries, String name) {
        return new String(entries.get("OEBPS/" + name), StandardCharsets.UTF_8);
    }

    private static String htmlElement(String xhtml) {
        Matcher m = HTML.matcher(xhtml);
        assertTrue(m.find(), xhtml);
        return m.group();
    }

    /** A one-line front matter value, quotes and all (quotes are not words). */
    private static String frontText(String front, String key) {
        Matcher m = Pattern.compile("^" + key + ": (.*)$", Pattern.MULTILINE).matcher(front);
        assertTrue(m.find(), "the fixture has a " + key);
        return m.group(1);
    }

    /** Markdown with the targets of its links left out: readers see a link's text, not its address. */
    private static String withoutLinkTargets(String markdown) {
        return markdown.replaceAll("\\[([^]]*)]\\([^)]*\\)", "$1");
    }
}
