package io.pressrun.source;

import io.pressrun.TestFiles;
import io.pressrun.model.ArticleException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Text in right-to-left scripts and scripts that need shaping is read like any other; conjoining
 * Hangul jamo, which are not set yet, fail the article, naming file, line and what they are.
 */
class UnsetScriptsTest {
    @TempDir
    Path dir;

    private ArticleException refused(String source) {
        return ArticleReading.refused(TestFiles.write(dir, "story.md", source));
    }

    @ParameterizedTest
    @CsvSource({
        "he, ממשלות העולם קוראות לפייסבוק",
        "ar, الحكومات تدعو فيسبوك",
        "fa, دولت‌ها از فیسبوک می‌خواهند",
        "ur, حکومتیں فیس بک سے مطالبہ کرتی ہیں",
        "hi, सरकारें फेसबुक से मांग करती हैं",
        "bn, সরকারগুলো ফেসবুকের কাছে দাবি করছে",
        "th, รัฐบาลเรียกร้องให้เฟซบุ๊ก",
        "ta, அரசாங்கங்கள் கோருகின்றன",
    })
    void aParagraphInTheScriptIsReadAsWritten(String language, String text) {
        Path file = TestFiles.write(dir, "story.md", "---\ntitle: Encryption\nauthor: A\ndate: 2024-05-01\nlanguage: "
                + language + "\n---\n\nThe TLS 1.3 story.\n\n" + text + " 2024\n");
        var article = ArticleReading.read(file).article();
        assertEquals(language, article.language());
        assertEquals("P The TLS 1.3 story.\nP " + text + " 2024", ArticleReading.show(article.body()));
    }

    @Test
    void jamoAreNamedOnceAtTheirFirstLineTitleIncluded() {
        ArticleException e = refused("---\ntitle: \"\u1100\u1161\"\nauthor: A\ndate: 2024-05-01\n---\n\nשלום\n\n\u1112\u1161\n");
        List<String> where = e.diagnostics().stream().map(d -> d.line() + " " + d.message().split(" \\(")[0]).toList();
        assertEquals(List.of("2 Korean text with conjoining Hangul jamo"), where);
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
