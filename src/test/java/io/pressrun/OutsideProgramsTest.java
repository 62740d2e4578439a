package io.pressrun;

import org.junit.jupiter.api.Test;
import org.opentest4j.AssertionFailedError;
import org.opentest4j.TestAbortedException;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class OutsideProgramsTest {
    private static final String MISSING = "pressrun-no-such-program";

    @Test
    void aMissingProgramFailsUnderCiNamingItAndItsPackage() {
        for (String ci : new String[]{"true", "1", "yes"}) {
            var e = assertThrows(AssertionFailedError.class, () -> OutsidePrograms.requireWhereCiIs(ci, "some-package", "sh", MISSING));
            assertTrue(e.getMessage().startsWith(MISSING + " not installed (Debian package some-package)"), e.getMessage());
        }
    }

    /** When .ci/run could not install the programs it says so, and CI then skips rather than fails. */
    @Test
    void underCiWithoutTheToolsMissingProgramsAreSkipped() {
        assertTrue(OutsidePrograms.mustHaveTools("true", null));
        assertTrue(OutsidePrograms.mustHaveTools("true", ""));
        assertFalse(OutsidePrograms.mustHaveTools("true", "unavailable"));
        assertFalse(OutsidePrograms.mustHaveTools(null, null));
    }

    @Test
    void aMissingProgramIsSkippedOutsideCi() {
        for (String ci : new String[]{null, ""}) {
            var e = assertThrows(TestAbortedException.class, () -> OutsidePrograms.requireWhereCiIs(ci, "some-package", MISSING));
            assertTrue(e.getMessage().contains(MISSING + " not installed"), e.getMessage());
        }
    }

    @Test
    void aMissingProgramOutsidePathFailsUnderCiAndIsSkippedElsewhere() {
        var file = java.nio.file.Path.of(".ci", "node_modules", ".bin", MISSING);
        var e = assertThrows(AssertionFailedError.class, () -> OutsidePrograms.requireFileWhereCiIs("true", file, "npm install"));
        assertTrue(e.getMessage().startsWith(file + " not installed (npm install)"), e.getMessage());
        assertThrows(TestAbortedException.class, () -> OutsidePrograms.requireFileWhereCiIs(null, file, "npm install"));
        assertDoesNotThrow(() -> OutsidePrograms.requireFileWhereCiIs("true", java.nio.file.Path.of("/bin/sh"), "-"));
    }

    @Test
    void installedProgramsLetTheCheckGoOn() {
        assertTrue(OutsidePrograms.installed("sh"));
        assertDoesNotThrow(() -> OutsidePrograms.requireWhereCiIs("true", "coreutils", "sh", "ls"));
        assertDoesNotThrow(() -> OutsidePrograms.requireWhereCiIs(null, "coreutils", "sh"));
    }
}
