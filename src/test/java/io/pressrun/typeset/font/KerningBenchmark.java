package io.pressrun.typeset.font;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.io.RandomAccessReadBufferedFile;

import java.io.IOException;

/**
 * Times GPOS kerning lookups: every pair of the first N glyph ids of a font, five rounds, in a JVM
 * of its own. Kerning is looked up for every pair of glyphs set, so a cold JVM (the launcher's
 * quick compiler only) pays for each allocation and indirect call in the lookup:
 *
 * <pre>
 * mvn -q test-compile dependency:build-classpath -Dmdep.outputFile=target/test-cp.txt
 * java -XX:TieredStopAtLevel=1 -cp target/classes:target/test-classes:$(cat target/test-cp.txt) \
 *     io.pressrun.typeset.font.KerningBenchmark fonts/NotoSerif-Regular.ttf 400
 * </pre>
 */
public final class KerningBenchmark {
    private KerningBenchmark() {
    }

    public static void main(String[] args) throws IOException {
        TrueTypeFont font = new TTFParser().parse(new RandomAccessReadBufferedFile(args[0]));
        GposKerning kerning = GposKerning.of(args[0], font);
        int n = Integer.parseInt(args[1]);
        long sum = 0;
        for (int round = 0; round < 5; round++) {
            long t = System.nanoTime();
            for (int left = 1; left < n; left++) {
                for (int right = 1; right < n; right++) {
                    sum += kerning.kern(left, right);
                }
            }
            System.out.printf("round %d: %d ms%n", round, (System.nanoTime() - t) / 1_000_000);
        }
        System.out.println("sum of adjustments (the same for any correct lookup): " + sum);
    }
}
