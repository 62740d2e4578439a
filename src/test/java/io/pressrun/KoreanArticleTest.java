package io.pressrun;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A Korean article, with Latin words, numbers and a URL mixed in, builds: every word of the
 * source is in the PDF's text and the EPUB's, and both editions pass their validators.
 */
class KoreanArticleTest {
    static final String TITLE = "정부, 페이스북에 암호화 중단 요구";
    static final String BODY = "미국, 영국, 호주 정부는 페이스북이 메신저 서비스에 종단 간 암호화를 도입하는 계획을"
            + " 중단하라고 요구했다. 서한은 2019년 10월 4일 공개되었으며 TLS 1.3 같은 기술을 언급했다."
            + " 자세한 내용은 https://example.org/korea 에서 볼 수 있다. 전문가들은 사용자의 사생활 보호가"
            + " 약해질 것이라고 우려했다.";
    static final String SOURCE = "---\ntitle: \"" + TITLE + "\"\nauthor: 김민지\ndate: 2019-10-04\nlanguage: ko\n---\n\n"
            + BODY + "\n\n## 반응\n\n페이스북은 사용자의 메시지를 보호하겠다고 밝혔다.\n";

    @Test
    void everyWordOfTheSourceIsInBothEditionsAndTheyAreValid(@TempDir Path dir) throws IOException {
        SourceEditions built = SourceEditions.build(dir, SOURCE);
        assertEquals("ko", built.article().language());
        String pdfText = EditionText.ofPdf(built.pdf()).replaceAll("\\s+", " ");
        String epubText = EditionText.ofEpub(built.epub()).replaceAll("\\s+", " ");
        String words = TITLE + " 글 김민지 2019년 10월 4일 " + BODY + " 반응 페이스북은 사용자의 메시지를 보호하겠다고 밝혔다.";
        for (String word : words.split("\\s+")) {
            assertTrue(pdfText.contains(word), () -> "PDF lacks '" + word + "' in: " + pdfText);
            assertTrue(epubText.contains(word), () -> "EPUB lacks '" + word + "' in: " + epubText);
        }
        assertTrue(pdfText.contains(BODY.substring(0, 40)), "the words are in reading order: " + pdfText);
        VeraPdfOracle.Result pdf = VeraPdfOracle.check(built.pdf(), "korean.pdf");
        assertTrue(pdf.compliant(), pdf::describe);
        EpubOracles.assertValid(Files.write(dir.resolve("korean.epub"), built.epub()), "a Korean article");
    }
}
