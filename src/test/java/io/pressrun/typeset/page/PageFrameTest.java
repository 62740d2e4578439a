package io.pressrun.typeset.page;

import io.pressrun.TestFiles;
import io.pressrun.style.Paper;
import io.pressrun.style.Templates;
import io.pressrun.style.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The text block: within the margins, no wider than the longest line the theme allows, centred. */
class PageFrameTest {

    private static Theme margins(Path dir, int inner, int outer, int maxMeasure) {
        TestFiles.write(dir, "theme.yaml", "page:\n  margin-top: 40\n  margin-bottom: 50\n  margin-inner: " + inner
                + "\n  margin-outer: " + outer + "\n  max-measure: " + maxMeasure + "\n");
        return Theme.load(Templates.withOverrides(dir));
    }

    @Test
    void marginsNarrowerThanTheLongestLineSetTheMeasure(@TempDir Path dir) {
        PageFrame f = PageFrame.of(Paper.LETTER, margins(dir, 100, 140, 500));
        assertEquals(new PageFrame(612, 792, 120, 372, 40, 742), f, "612 less 100 and 140, centred: (612 - 372) / 2");
        assertEquals(702, f.height());
    }

    @Test
    void theLongestLineCapsTheMeasureOnWidePaper(@TempDir Path dir) {
        PageFrame f = PageFrame.of(Paper.LETTER, margins(dir, 64, 64, 360));
        assertEquals(new PageFrame(612, 792, 126, 360, 40, 742), f, "(612 - 360) / 2 on each side");
    }
}
