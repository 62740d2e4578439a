package io.pressrun.epub;

import io.pressrun.batch.Digests;
import io.pressrun.model.Article;
import io.pressrun.model.ArticleDate;
import io.pressrun.model.Author;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

import static io.pressrun.epub.EpubSamples.p;
import static io.pressrun.epub.EpubSamples.t;
import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Golden covers: the SHA-256 of the cover JPEG of four articles (with a lead picture; with one
 * and a title too tall for the room left above the date at its largest size; without one;
 * without one, with a publisher and a title too long for the largest size, with a word in a
 * script the title face lacks) is the one in {@code src/test/resources/covers/expected.txt}.
 * Any change to the drawing (a size, a margin, where a line breaks, a rendering hint that moves
 * glyphs, the fallback face of a character) changes the bytes. A cover that differs is written
 * to {@code target/covers/} to be looked at; {@code -Dgolden.update=true} rewrites the file
 * instead, as for the golden layouts (docs/TESTING.md). The digests hold for one JDK's font
 * rasteriser and JPEG encoder (OpenJDK 17 on Debian here, as in CI).
 */
class CoverGoldenTest {
    private static final Path EXPECTED = Path.of("src/test/resources/covers/expected.txt");
    private static final Map<String, String> ACTUAL = new TreeMap<>();
    private static Map<String, String> expected;

    @BeforeAll
    static void readExpected() throws IOException {
        expected = readDigests();
    }

    @Test
    void withALeadPicture() throws IOException {
        check("with-lead-picture", EpubSamples.full());
    }

    @Test
    void withoutALeadPicture() throws IOException {
        check("without-lead-picture", EpubSamples.minimal());
    }

    @Test
    void aLongTitleIsSetSmallerAndACharacterTheFaceLacksInAFallback() throws IOException {
        Article a = new Article(Path.of("articles/long.md"), "long", "https://example.org/news/long", "de",
                "Warum ein Titel über den Hafen von 東京 auf dem Umschlag kleiner gesetzt wird, wenn er in seiner"
                        + " größten Schrift nicht in sieben Zeilen passt, und wie klein er dabei werden darf, ohne"
                        + " das Datum zu berühren, das unten steht",
                "", List.of(new Author("Erika Mustermann", "", "")), ArticleDate.of(LocalDate.of(2023, 11, 2)),
                Optional.empty(), "Kölner Hafenblatt", "", "", List.of(), Optional.empty(),
                List.of(p(t("Nichts Neues im Hafen."))), 5);
        check("long-title-no-picture", a);
    }

    /**
     * Under the picture, a publisher on two lines and a title of four at its largest size: the
     * four lines fit the line limit but not the room left above the date, so the title is set
     * smaller for its height.
     */
    @Test
    void aTitleTooTallForTheRoomUnderAPictureIsSetSmaller() throws IOException {
        Article f = EpubSamples.full();
        Article a = new Article(f.source(), f.slug(), f.identifier(), f.language(),
                "Storm “Ingunn” batters the coast for a second night while the harbour waits",
                f.subtitle(), f.authors(), f.date(), f.updated(), "The Coastal Gazette and Fisheries Weekly of Møre og Romsdal",
                f.rights(), f.summary(), f.tags(), f.leadImage(), f.body(), f.wordCount());
        check("long-title-with-picture", a);
    }

    private static void check(String name, Article article) throws IOException {
        byte[] jpeg = CoverImageTest.epub(article).get("OEBPS/images/cover.jpg");
        String actual = Digests.ofBytes(jpeg);
        synchronized (ACTUAL) {
            ACTUAL.put(name, actual);
        }
        if (Boolean.getBoolean("golden.update")) {
            return;
        }
        String want = expected.get(name);
        if (!actual.equals(want)) {
            Path out = Path.of("target/covers", name + ".jpg");
            Files.createDirectories(out.getParent());
            Files.write(out, jpeg);
            assertEquals(want, actual, name + ": the cover changed; it is written to " + out
                    + " (rewrite the digests with -Dgolden.update=true once it looks right)");
        }
    }

    @AfterAll
    static void rewriteWhenUpdating() throws IOException {
        if (Boolean.getBoolean("golden.update")) {
            Map<String, String> all = new TreeMap<>(expected);
            all.putAll(ACTUAL);
            Files.writeString(EXPECTED, all.entrySet().stream().map(e -> e.getKey() + " " + e.getValue())
                    .collect(Collectors.joining("\n", "", "\n")), StandardCharsets.UTF_8);
        }
    }

    private static Map<String, String> readDigests() throws IOException {
        Map<String, String> m = new TreeMap<>();
        if (Files.exists(EXPECTED)) {
            for (String line : Files.readAllLines(EXPECTED, StandardCharsets.UTF_8)) {
                String[] parts = line.strip().split(" ");
                if (parts.length == 2) {
                    m.put(parts[0], parts[1]);
                }
            }
        }
        return m;
    }
}
