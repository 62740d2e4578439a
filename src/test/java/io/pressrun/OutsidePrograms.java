package io.pressrun;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The outside programs some checks run (poppler, MuPDF, calibre, Chromium, and Ace by DAISY from
 * npm). A check whose program is
 * missing is skipped on a developer's machine, but fails where the environment variable
 * {@code CI} is set (non-empty): CI installs them all ({@code .ci/run}), so a missing one there
 * is a broken set-up, not a reason to pass without checking.
 */
public final class OutsidePrograms {
    private OutsidePrograms() {
    }

    /** Whether {@code program} is an executable file in one of the folders of {@code PATH}. */
    public static boolean installed(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Lets the calling test go on when every program is installed; otherwise fails it under CI
     * and skips it elsewhere, naming the missing programs and the Debian package that has them.
     */
    public static void require(String debianPackage, String... programs) {
        requireWhereCiIs(mustHaveTools(System.getenv("CI")), debianPackage, programs);
    }

    /** {@link #require(String, String...)} with the value of {@code CI} given, whatever the environment says. */
    static void requireWhereCiIs(String ci, String debianPackage, String... programs) {
        requireWhereCiIs(mustHaveTools(ci, null), debianPackage, programs);
    }

    private static void requireWhereCiIs(boolean mustHave, String debianPackage, String... programs) {
        StringBuilder missing = new StringBuilder();
        for (String program : programs) {
            if (!installed(program)) {
                missing.append(missing.length() == 0 ? "" : ", ").append(program);
            }
        }
        if (missing.length() == 0) {
            return;
        }
        missing(mustHave, missing + " not installed (Debian package " + debianPackage + ")");
    }

    /**
     * Lets the calling test go on when {@code program}, installed outside {@code PATH} (an npm
     * package under {@code .ci/}), is an executable file; otherwise fails it under CI and skips it
     * elsewhere, saying how to install it.
     */
    public static void requireFile(Path program, String howToInstall) {
        requireFile(mustHaveTools(System.getenv("CI")), program, howToInstall);
    }

    /** {@link #requireFile(Path, String)} with the value of {@code CI} given, whatever the environment says. */
    static void requireFileWhereCiIs(String ci, Path program, String howToInstall) {
        requireFile(mustHaveTools(ci, null), program, howToInstall);
    }

    private static void requireFile(boolean mustHave, Path program, String howToInstall) {
        if (!Files.isExecutable(program)) {
            missing(mustHave, program + " not installed (" + howToInstall + ")");
        }
    }

    private static void missing(boolean mustHave, String what) {
        if (mustHave) {
            fail(what + ": CI is set, so this check fails instead of being skipped; .ci/run installs it");
        }
        assumeTrue(false, what + ": check skipped (under CI it would fail)");
    }

    /**
     * Whether a missing outside program fails the check: when {@code CI} is set, unless
     * {@code .ci/run} announced that it could not install them on this machine
     * ({@code PRESSRUN_CI_TOOLS=unavailable}, printed in the CI log, for a runner without root).
     */
    static boolean mustHaveTools(String ci) {
        return mustHaveTools(ci, System.getenv("PRESSRUN_CI_TOOLS"));
    }

    static boolean mustHaveTools(String ci, String ciTools) {
        return ci != null && !ci.isEmpty() && !"unavailable".equals(ciTools);
    }
}
