package io.pressrun;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

/**
 * Every EPUB a test makes is put to both outside judges: EPUBCheck (always; it comes from Maven
 * Central) and Ace by DAISY where it is installed. Without Ace the test still runs its EPUBCheck
 * part, except under CI, where a missing Ace fails it (.ci/run installs it).
 */
public final class EpubOracles {
    private EpubOracles() {
    }

    /** EPUBCheck: no error, no warning; Ace: no violation of any impact. */
    public static void assertValid(Path epub, String what) throws IOException {
        EpubCheckOracle.Result check = EpubCheckOracle.check(epub);
        assertTrue(check.clean(), () -> what + ": " + check.describe());
        if (!aceInstalled()) {
            String ci = System.getenv("CI");
            if (OutsidePrograms.mustHaveTools(ci)) {
                fail("Ace by DAISY or chromium not installed: CI=" + ci + " is set; .ci/run installs them");
            }
            return;
        }
        AceOracle.Result ace = AceOracle.check(epub);
        assertTrue(ace.clean(), () -> what + ": " + ace.describe());
    }

    private static boolean aceInstalled() {
        return Files.isExecutable(AceOracle.ACE) && OutsidePrograms.installed("chromium");
    }
}
