package io.pressrun.typeset;

import io.pressrun.build.BuildContext;
import org.apache.fontbox.ttf.TTFParser;
import org.apache.pdfbox.io.RandomAccessReadBuffer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The bundled fonts, for layout tests. */
final class TestFonts {
    private TestFonts() {
    }

    static FontSet fontSet() {
        return new FontSet(BuildContext.defaults().theme(), TestFonts::load);
    }

    /** A bundled font file, freshly parsed. */
    static FontFace load(String name) {
        try (InputStream in = TestFonts.class.getResourceAsStream("/fonts/" + name)) {
            return new FontFace(name, new TTFParser().parse(new RandomAccessReadBuffer(in.readAllBytes())));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
