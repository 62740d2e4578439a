package io.pressrun.source;

import io.pressrun.TestFiles;
import io.pressrun.model.ArticleException;
import io.pressrun.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** A source's bytes as text: the size limit, strict UTF-8, line endings, the byte order mark, control characters. */
class SourceTextTest {
    private static final Path FILE = Path.of("a.md");

    @TempDir
    Path dir;

    private final List<Diagnostic> warnings = new ArrayList<>();

    private String decode(String text, long maxBytes) {
        return SourceText.decode(FILE, text.getBytes(StandardCharsets.UTF_8), maxBytes, warnings);
    }

    private static Diagnostic refusal(Runnable reading) {
        return assertThrows(ArticleException.class, reading::run).diagnostic();
    }

    @Test
    void bytesUpToTheLimitAreReadAndOneMoreIsRefused() {
        assertEquals("0123456789", decode("0123456789", 10));
        Diagnostic d = refusal(() -> decode("0123456789A", 10));
        assertEquals(0, d.line());
        assertEquals("the file is 11 bytes, over the limit of 10 bytes for an article source; split it or check it"
                + " is the right file", d.message());
    }

    @Test
    void noBytesAreAnEmptyFile() {
        assertEquals("the file is empty: an article starts with a front matter block between two '---' lines",
                refusal(() -> decode("", 10)).message());
    }

    @Test
    void aByteOrderMarkGoesAndEveryLineEndingBecomesANewline() {
        assertEquals("a\nb\nc\n\nd", decode("\uFEFFa\r\nb\rc\n\r\nd", 100));
        assertEquals("a\uFEFFb", decode("a\uFEFFb", 100), "only a leading mark is the byte order mark");
        assertEquals(List.of(), warnings);
    }

    /** The offset and line of the first byte that is not UTF-8: 0xE9 is Latin-1's é. */
    @Test
    void theFirstByteThatIsNotUtf8IsNamedWithItsOffsetAndLine() {
        byte[] bytes = "ab\ncd\n\nef".getBytes(StandardCharsets.UTF_8);
        bytes[8] = (byte) 0xE9;
        Diagnostic d = refusal(() -> SourceText.decode(FILE, bytes, 100, warnings));
        assertEquals(4, d.line());
        assertEquals("the file is not valid UTF-8: byte 0xE9 at byte offset 8; save it as UTF-8", d.message());
    }

    /** C0 controls but tab and newline, DEL and the C1 controls go, each with a warning on its line. */
    @Test
    void controlCharactersAreRemovedEachWithAWarningOnItsLine() {
        String text = "a\u0000b\u001F c\td~\u007F\n\u0080e\u009F\u00A0f";
        assertEquals("ab c\td~\ne\u00A0f", decode(text, 100));
        assertEquals(List.of("1: control character U+0000 removed", "1: control character U+001F removed",
                "1: control character U+007F removed", "2: control character U+0080 removed",
                "2: control character U+009F removed"),
                warnings.stream().map(w -> w.line() + ": " + w.message()).toList());
        assertEquals(Diagnostic.Severity.WARNING, warnings.get(0).severity());
    }

    @Test
    void textWithoutControlsIsReturnedAsItIs() {
        String text = "Plain text,\ttabbed\nand ~ tilde, ¡ and ü.";
        assertEquals(text, decode(text, 100));
        assertEquals(List.of(), warnings);
    }

    @Test
    void aFileIsReadWithinTheLimit() {
        Path file = TestFiles.write(dir, "ten.md", "0123456789");
        assertEquals("0123456789", SourceText.read(file, 10, warnings));
        Diagnostic d = refusal(() -> SourceText.read(file, 9, warnings));
        assertEquals(file, d.file());
        assertEquals("the file is 10 bytes, over the limit of 9 bytes for an article source; split it or check it"
                + " is the right file", d.message());
    }

    @Test
    void aMissingFileAndAFolderAreNamedForWhatTheyAre() throws Exception {
        assertEquals("no such file", refusal(() -> SourceText.read(dir.resolve("gone.md"), 10, warnings)).message());
        Path folder = Files.createDirectory(dir.resolve("folder.md"));
        assertEquals("not a regular file", refusal(() -> SourceText.read(folder, 10, warnings)).message());
    }
}
