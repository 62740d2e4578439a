package io.pressrun;

import io.pressrun.batch.Editions;
import io.pressrun.batch.BuildContext;
import io.pressrun.epub.EpubSamples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The oracle must be able to say no. */
class EpubCheckOracleTest {

    @Test
    void reportsABrokenPackageDocument(@TempDir Path dir) throws IOException {
        var good = new ByteArrayOutputStream();
        new Editions(BuildContext.defaults()).writeEpub(EpubSamples.minimal(), good);

        var bad = new ByteArrayOutputStream();
        try (var zin = new ZipInputStream(new ByteArrayInputStream(good.toByteArray()));
             var zout = new ZipOutputStream(bad)) {
            for (ZipEntry e; (e = zin.getNextEntry()) != null; ) {
                byte[] data = zin.readAllBytes();
                if (e.getName().endsWith(".opf")) {
                    data = new String(data, StandardCharsets.UTF_8)
                            .replaceAll("<dc:title[^>]*>[^<]*</dc:title>", "")
                            .getBytes(StandardCharsets.UTF_8);
                }
                zout.putNextEntry(new ZipEntry(e.getName()));
                zout.write(data);
                zout.closeEntry();
            }
        }
        Path file = dir.resolve("bad.epub");
        Files.write(file, bad.toByteArray());

        EpubCheckOracle.Result r = EpubCheckOracle.check(file);
        assertFalse(r.clean(), r::describe);
        assertTrue(r.errors() >= 1, r::describe);
        assertTrue(r.findings().stream().anyMatch(f -> f.text().contains("dc:title")), r::describe);
    }
}
