package io.pressrun.pdf;

import io.pressrun.SampleArticles;
import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertTrue;

class PdfWriterSmokeTest {
    @Test
    void writesSample() throws Exception {
        byte[] pdf = PdfTestSupport.writeAndKeep(SampleArticles.sample(), "sample");
        PdfTestSupport.writeAndKeep(SampleArticles.longSample(), "long");
        System.out.println(PdfTestSupport.WRITER.typeset(SampleArticles.sample()).dump());
        assertTrue(pdf.length > 1000);
    }
}
