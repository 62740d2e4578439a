package io.pressrun.batch;

import io.pressrun.TestFiles;
import io.pressrun.source.InputLimits;
import io.pressrun.style.Paper;
import io.pressrun.style.Templates;
import io.pressrun.style.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Optional;
import java.util.Set;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The incremental build's own rules; whole builds that skip and rebuild are in {@code cli.IncrementalBuildTest}. */
class IncrementalBuildTest {
    @TempDir
    Path dir;

    /** A source of exactly the size limit is read and digested; one byte more is left to the build to refuse. */
    @Test
    void aSourceAtTheSizeLimitIsDigestedAndOneByteMoreIsNot() throws Exception {
        Templates bundled = Templates.bundled();
        var ctx = new BuildContext(Optional.empty(), Set.of(BuildContext.Format.PDF), Paper.A4, false,
                new InputLimits(10, 1000, 1000), bundled, Theme.load(bundled));
        var build = IncrementalBuild.load(ctx, dir.resolve("out"));
        Path atLimit = TestFiles.write(dir, "ten.md", "0123456789");
        Path over = TestFiles.write(dir, "eleven.md", "0123456789A");
        String sha256 = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest("0123456789".getBytes(StandardCharsets.UTF_8)));
        assertEquals(Optional.of(sha256), build.sourceDigest(atLimit));
        assertEquals(Optional.empty(), build.sourceDigest(over));
        assertEquals(Optional.empty(), build.sourceDigest(dir.resolve("missing.md")));
    }
}
