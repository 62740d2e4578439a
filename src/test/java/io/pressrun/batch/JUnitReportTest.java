package io.pressrun.batch;

import io.pressrun.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The JUnit XML report, written out in full for a small batch. */
class JUnitReportTest {
    private static final Path OK = Path.of("articles", "ok.md");
    private static final Path BAD = Path.of("articles", "a&b <\"c\">.md");

    private static List<ArticleResult> batch() {
        return List.of(
                new ArticleResult(OK, "ok", ArticleResult.Status.BUILT, List.of(), List.of(), 1234),
                new ArticleResult(Path.of("articles", "same.md"), "same", ArticleResult.Status.SKIPPED, List.of(),
                        List.of(), 5),
                ArticleResult.failed(BAD, "", List.of(
                        Diagnostic.warning(BAD, 2, "a warning first"),
                        Diagnostic.error(BAD, 7, "unclosed <em> & \"quote\"\u0001"),
                        Diagnostic.error(BAD, 9, "second error")), 20),
                ArticleResult.failed(Path.of("warned.md"), "", List.of(Diagnostic.warning(Path.of("warned.md"), 0,
                        "only a warning\nover two lines")), 0));
    }

    private static final String EXPECTED = """
            <?xml version="1.0" encoding="UTF-8"?>
            <testsuites name="pressrun" tests="4" failures="2" time="61.005">
              <testsuite name="pressrun build" tests="4" failures="2" errors="0" skipped="0" time="61.005">
                <testcase classname="pressrun.build" name="articles/ok.md" time="1.234"/>
                <testcase classname="pressrun.build" name="articles/same.md" time="0.005"/>
                <testcase classname="pressrun.build" name="articles/a&amp;b &lt;&quot;c&quot;&gt;.md" time="0.020">
                  <failure message="unclosed &lt;em&gt; &amp; &quot;quote&quot;" type="article">\
            articles/a&amp;b &lt;"c"&gt;.md:2: warning: a warning first
            articles/a&amp;b &lt;"c"&gt;.md:7: error: unclosed &lt;em&gt; &amp; "quote"
            articles/a&amp;b &lt;"c"&gt;.md:9: error: second error
            </failure>
                </testcase>
                <testcase classname="pressrun.build" name="warned.md" time="0.000">
                  <failure message="not built" type="article">warned.md: warning: only a warning
            over two lines
            </failure>
                </testcase>
              </testsuite>
            </testsuites>
            """;

    @Test
    void oneTestCasePerArticleAndAFailureWithEveryMessage() {
        assertEquals(EXPECTED, JUnitReport.toXml(batch(), 61005));
    }

    @Test
    void theReportIsWrittenToItsFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("junit.xml");
        JUnitReport.write(file, batch(), 61005);
        assertEquals(EXPECTED, Files.readString(file));
    }

    @Test
    void charactersXmlCannotCarryAreDroppedAndTheRestKept() {
        String text = "tab\t cr\r nul\u0000 bell\u0007 d7ff\uD7FF e000\uE000 fffd\uFFFD fffe\uFFFE emoji\uD83D\uDE00 "
                + "lone\uD800 u10000\uD800\uDC00 u10ffff\uDBFF\uDFFF";
        var r = ArticleResult.failed(Path.of("x.md"), "", List.of(Diagnostic.error(Path.of("x.md"), 1, text)), 0);
        String xml = JUnitReport.toXml(List.of(r), 0);
        String kept = "tab\t cr\r nul bell d7ff\uD7FF e000\uE000 fffd\uFFFD fffe emoji\uD83D\uDE00 lone u10000\uD800\uDC00 u10ffff\uDBFF\uDFFF";
        assertTrue(xml.contains("message=\"" + kept.replace("\n", "&#10;") + "\""), xml);
        assertTrue(xml.contains(">x.md:1: error: " + kept + "\n</failure>"), xml);
    }
}
