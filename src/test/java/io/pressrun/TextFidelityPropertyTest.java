package io.pressrun;

import io.pressrun.batch.Editions;
import io.pressrun.source.ArticleReader;
import io.pressrun.batch.BuildContext;
import io.pressrun.model.Article;
import io.pressrun.model.Blocks;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Property: no word of the source is lost or reordered on the way into the article model,
 * whatever the script and the Markdown structure. 200 articles from a fixed seed, so a failure
 * is reproducible; the message names the article number and the first missing word.
 */
class TextFidelityPropertyTest {
    private static final long SEED = 20240501L;
    private static final int ARTICLES = 200;

    private static final String[] SCRIPTS = {
            "abcdefghijklmnopqrstuvwxyzàáâäãåæçèéêëìíîïñòóôöõøœßùúûüýÿčšžłőű",
            "абвгдеёжзийклмнопрстуфхцчшщъыьэюяєіїґ",
            "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώϊϋ",
            "的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年日本語文字",
            "abcdefghijklmnopqrstuvwxyz",
    };
    private static final String[] EMOJI = {"😀", "🎉", "📰", "🌍", "🚀", "👩‍💻", "❤"};
    /** Punctuation between words; the Typographer turns the quotes, dashes and dots typographic. */
    private static final String[] JOINERS = {" ", " ", " ", " ", ", ", ". ", "? ", "! ", "; ", ": ", " -- ", " --- ",
            "... ", " – ", " — ", "--", "—", "/", " « ", " » ", " „", "“ "};

    @TempDir
    Path dir;

    @Test
    void everySourceWordReachesTheModelInOrder() {
        Random random = new Random(SEED);
        BuildContext ctx = BuildContext.defaults();
        for (int i = 0; i < ARTICLES; i++) {
            var gen = new Generator(random);
            String title = gen.phrase(3 + random.nextInt(8), false);
            gen.expected.setLength(0);
            String markdown = gen.body();
            String source = "---\ntitle: \"" + title + "\"\nauthor: Jane Reporter\ndate: 2024-05-01\nlanguage: "
                    + (random.nextBoolean() ? "en" : "fr") + "\n---\n\n" + markdown;
            Path file = TestFiles.write(dir, "article-" + i + ".md", source);
            Article article = new ArticleReader(ctx.templates(), ctx.limits()).read(file).article();
            String what = "article " + i + " (seed " + SEED + ", " + file + ")";
            TextFidelity.assertWordsInOrder(title, article.title(), what + " title");
            TextFidelity.assertWordsInOrder(gen.expected.toString(), Blocks.blockText(article.body()), what + " body");
            assertEquals(TextFidelity.words(gen.expected.toString()).size(), TextFidelity.words(Blocks.blockText(article.body())).size(),
                    () -> what + ": the body has words the source does not");
        }
    }

    /**
     * The same property through both editions, for every eighth generated article (the writers
     * are slower than the reader): every word of title and body is in the PDF's extracted text
     * and in the EPUB's XHTML, in order, whatever the script (fallback fonts included); and
     * each PDF passes veraPDF (PDF/UA-1, PDF/A-2a) and each EPUB EPUBCheck.
     */
    @Test
    void everySourceWordReachesBothEditionsInOrder() throws IOException {
        Random random = new Random(SEED);
        BuildContext ctx = BuildContext.defaults();
        Editions editions = new Editions(ctx);
        for (int i = 0; i < ARTICLES; i++) {
            var gen = new Generator(random);
            String title = gen.phrase(3 + random.nextInt(8), false);
            gen.expected.setLength(0);
            String markdown = gen.body();
            boolean english = random.nextBoolean();
            if (i % 8 != 0) {
                continue;
            }
            String source = "---\ntitle: \"" + title + "\"\nauthor: Jane Reporter\ndate: 2024-05-01\nlanguage: "
                    + (english ? "en" : "fr") + "\n---\n\n" + markdown;
            Path file = TestFiles.write(dir, "edition-" + i + ".md", source);
            Article article = new ArticleReader(ctx.templates(), ctx.limits()).read(file).article();
            String what = "article " + i + " (seed " + SEED + ", " + file + ")";
            var pdfBytes = new ByteArrayOutputStream();
            editions.writePdf(article, pdfBytes);
            String pdfText = EditionText.ofPdf(pdfBytes.toByteArray());
            VeraPdfOracle.Result conformance = VeraPdfOracle.check(pdfBytes.toByteArray(), what);
            assertTrue(conformance.compliant(), conformance::describe);
            TextFidelity.assertWordsInOrder(title, pdfText, what + " PDF title");
            TextFidelity.assertWordsInOrder(gen.expected.toString(), pdfText, what + " PDF body");
            var epubBytes = new ByteArrayOutputStream();
            editions.writeEpub(article, epubBytes);
            String epubText = EditionText.ofEpub(epubBytes.toByteArray());
            TextFidelity.assertWordsInOrder(title, epubText, what + " EPUB title");
            TextFidelity.assertWordsInOrder(gen.expected.toString(), epubText, what + " EPUB body");
            Path epubFile = java.nio.file.Files.write(dir.resolve("edition-" + i + ".epub"), epubBytes.toByteArray());
            EpubOracles.assertValid(epubFile, what);
        }
    }

    @Test
    void theNormaliserTreatsSmartPunctuationAsItsSource() {
        assertEquals(List.of("don't", "stop", "l'homme", "a", "b", "c", "Привет", "😀", "日", "本", "語"),
                TextFidelity.words("“Don’t” -- stop... l'homme—a–b … c, Привет😀 «日本語»".replace("Don", "don")));
        assertEquals(List.of("é"), TextFidelity.words("e\u0301"));
        AssertionError e = org.junit.jupiter.api.Assertions.assertThrows(AssertionError.class,
                () -> TextFidelity.assertWordsInOrder("one two three four", "one three two four", "test"));
        assertTrue(e.getMessage().contains("'three'") || e.getMessage().contains("'four'"), e.getMessage());
    }

    /** Writes random Markdown and, beside it, the words a reader should see. */
    private static final class Generator {
        final Random random;
        final StringBuilder expected = new StringBuilder();
        final String script;

        Generator(Random random) {
            this.random = random;
            this.script = SCRIPTS[random.nextInt(SCRIPTS.length)];
        }

        String word() {
            if (random.nextInt(30) == 0) {
                return EMOJI[random.nextInt(EMOJI.length)];
            }
            if (random.nextInt(25) == 0) {
                return String.valueOf(random.nextInt(10_000));
            }
            if (random.nextInt(20) == 0) {
                return "don't";
            }
            String alphabet = random.nextInt(6) == 0 ? SCRIPTS[random.nextInt(SCRIPTS.length)] : script;
            int len = 1 + random.nextInt(9);
            StringBuilder w = new StringBuilder();
            for (int k = 0; k < len; k++) {
                w.appendCodePoint(alphabet.codePointAt(alphabet.offsetByCodePoints(0, random.nextInt(
                        alphabet.codePointCount(0, alphabet.length())))));
            }
            if (random.nextInt(4) == 0) {
                w.replace(0, w.offsetByCodePoints(0, 1), w.substring(0, w.offsetByCodePoints(0, 1)).toUpperCase());
            }
            return w.toString();
        }

        /** Words with punctuation between them; starts and ends with a word. */
        String phrase(int words, boolean quotes) {
            StringBuilder sb = new StringBuilder(word());
            for (int k = 1; k < words; k++) {
                String joiner = JOINERS[random.nextInt(JOINERS.length)];
                if (quotes && random.nextInt(8) == 0) {
                    String q = random.nextBoolean() ? "\"" : "'";
                    sb.append(" ").append(q).append(word()).append(" ").append(word()).append(q).append(",");
                    joiner = " ";
                }
                sb.append(joiner).append(word());
            }
            return sb.toString();
        }

        /** Running text with inline markup; the expected words go to {@link #expected}. */
        String inline(int pieces) {
            StringBuilder md = new StringBuilder();
            for (int k = 0; k < pieces; k++) {
                if (k > 0) {
                    md.append(' ');
                    expected.append(' ');
                }
                String p = phrase(1 + random.nextInt(6), true);
                expected.append(p);
                switch (random.nextInt(8)) {
                    case 0 -> md.append('*').append(p).append('*');
                    case 1 -> md.append("**").append(p).append("**");
                    case 2 -> md.append('[').append(p).append("](https://example.com/").append(k).append(')');
                    case 3 -> md.append('`').append(p.replace("`", "")).append('`');
                    default -> md.append(p);
                }
            }
            return md.toString();
        }

        String body() {
            StringBuilder md = new StringBuilder();
            int blocks = 1 + random.nextInt(12);
            for (int b = 0; b < blocks; b++) {
                switch (random.nextInt(9)) {
                    case 0 -> md.append("#".repeat(2 + random.nextInt(3))).append(' ').append(inline(1 + random.nextInt(2)));
                    case 1 -> md.append("> ").append(inline(1 + random.nextInt(3)));
                    case 2, 3 -> {
                        boolean ordered = random.nextBoolean();
                        int items = 1 + random.nextInt(4);
                        for (int k = 0; k < items; k++) {
                            md.append(ordered ? (k + 1) + ". " : "- ").append(inline(1 + random.nextInt(3))).append('\n');
                            expected.append('\n');
                        }
                    }
                    case 4 -> {
                        String code = phrase(2 + random.nextInt(8), true);
                        md.append("```\n").append(code).append("\n```");
                        expected.append(code);
                    }
                    default -> {
                        int lines = 1 + random.nextInt(3);
                        for (int k = 0; k < lines; k++) {
                            md.append(inline(1 + random.nextInt(4))).append(k + 1 < lines ? "\n" : "");
                            expected.append('\n');
                        }
                    }
                }
                md.append("\n\n");
                expected.append('\n');
            }
            return md.toString();
        }
    }
}
