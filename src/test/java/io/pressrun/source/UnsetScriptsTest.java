package io.pressrun.source;

import io.pressrun.TestFiles;
import io.pressrun.model.ArticleException;
import io.pressrun.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Text in a script we cannot set correctly yet fails the article, naming file, line and script. */
class UnsetScriptsTest {
    @TempDir
    Path dir;

    private ArticleException refused(String source) {
        return ArticleReading.refused(TestFiles.write(dir, "story.md", source));
    }

    @ParameterizedTest
    @CsvSource({
        "he, Hebrew, ממשלות העולם קוראות לפייסבוק, right to left",
        "ar, Arabic, الحكومات تدعو فيسبوك, right to left",
        "fa, Arabic, دولت‌ها از فیسبوک می‌خواهند, right to left",
        "ur, Arabic, حکومتیں فیس بک سے مطالبہ کرتی ہیں, right to left",
        "hi, Devanagari, सरकारें फेसबुक से मांग करती हैं, must be shaped",
        "bn, Bengali, সরকারগুলো ফেসবুকের কাছে দাবি করছে, must be shaped",
        "th, Thai, รัฐบาลเรียกร้องให้เฟซบุ๊ก, must be shaped",
        "ta, Tamil, அரசாங்கங்கள் கோருகின்றன, must be shaped",
    })
    void aParagraphInTheScriptIsRefusedAtItsLine(String language, String script, String text, String why) {
        ArticleException e = refused("---\ntitle: Encryption\nauthor: A\ndate: 2024-05-01\nlanguage: " + language
                + "\n---\n\nThe TLS 1.3 story.\n\n" + text + " 2024 https://example.org\n");
        assertEquals(1, e.diagnostics().size(), e.diagnostics().toString());
        Diagnostic d = e.diagnostic();
        assertEquals(10, d.line(), d.format());
        int first = text.codePointAt(0);
        assertTrue(d.message().startsWith(script + " text (U+" + String.format("%04X", first) + " '"
                + new String(Character.toChars(first)) + "') cannot be set yet: "), d.message());
        assertTrue(d.message().contains(why), d.message());
    }

    @Test
    void eachScriptIsNamedOnceAtItsFirstLineTitleIncluded() {
        ArticleException e = refused("---\ntitle: \"שלום\"\nauthor: A\ndate: 2024-05-01\n---\n\nעוד\n\nकरती\n");
        List<String> where = e.diagnostics().stream().map(d -> d.line() + " " + d.message().split(" ")[0]).toList();
        assertEquals(List.of("2 Hebrew", "9 Devanagari"), where);
    }

    @Test
    void conjoiningJamoAreRefusedAndPrecomposedHangulIsRead() {
        ArticleException e = refused(TestFiles.FRONT + "\n\u1100\u1161\u11A8\n");
        assertTrue(e.diagnostic().message().contains("U+1100") && e.diagnostic().message().contains("precomposed"),
                e.diagnostic().message());
        Path file = TestFiles.write(dir, "korean.md", TestFiles.FRONT + "\n정부가 암호화를 요구했다\n");
        assertEquals(1, ArticleReading.read(file).article().body().size());
    }
}
