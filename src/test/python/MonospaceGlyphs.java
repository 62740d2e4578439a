import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

import java.io.File;
import java.io.IOException;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Prints every glyph a PDF draws in a monospaced font, one a line: its page (from 1), left and
 * right edge and baseline, in points from the page's top left corner, as pdftotext's word boxes
 * are. A font is monospaced when its descriptor says it is fixed-pitch, or its name says so
 * (NotoSansMono, DejaVuSansMono, LMMono, CMTT, Courier). measure_typography.py runs it, from
 * source, with the class path Maven writes (PDFBox):
 *
 * <pre>java -cp target/classpath-of-pdfbox src/test/python/MonospaceGlyphs.java FILE.pdf</pre>
 */
public final class MonospaceGlyphs {
    private static final Pattern MONO_NAME = Pattern.compile("(?i).*(mono|courier|typewriter|lmtt|cmtt|sfit|sftt).*");

    private MonospaceGlyphs() {
    }

    static boolean monospaced(PDFont font) {
        PDFontDescriptor d = font.getFontDescriptor();
        return d != null && d.isFixedPitch() || font.getName() != null && MONO_NAME.matcher(font.getName()).matches();
    }

    public static void main(String[] args) throws IOException {
        StringBuilder out = new StringBuilder();
        try (PDDocument doc = Loader.loadPDF(new File(args[0]))) {
            PDFTextStripper stripper = new PDFTextStripper() {
                @Override
                protected void processTextPosition(TextPosition t) {
                    if (monospaced(t.getFont())) {
                        out.append(String.format(Locale.ROOT, "%d %.2f %.2f %.2f%n", getCurrentPageNo(),
                                t.getXDirAdj(), t.getXDirAdj() + t.getWidthDirAdj(), t.getYDirAdj()));
                    }
                    super.processTextPosition(t);
                }
            };
            stripper.getText(doc);
        }
        System.out.print(out);
    }
}
