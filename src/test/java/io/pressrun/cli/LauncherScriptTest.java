package io.pressrun.cli;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import javax.tools.ToolProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.IntFunction;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The launcher {@code src/main/sh/pressrun} (copied beside the jar by {@code mvn package}), run
 * with a small stand-in jar that prints its arguments and JVM options and exits with a code of
 * its choosing: the arguments pass through unchanged, the exit code comes back, the archive is
 * made once and used after, and the quick compiler is chosen on a machine of two processors or
 * fewer, or for a few articles.
 */
class LauncherScriptTest {
    private static final String MAIN = """
            public class Main {
                public static void main(String[] args) {
                    System.out.println("args=" + String.join("|", args));
                    System.out.println("jvm=" + java.lang.management.ManagementFactory.getRuntimeMXBean()
                            .getInputArguments());
                    System.exit(args.length > 0 && args[0].equals("fail") ? 1 : 0);
                }
            }
            """;

    @TempDir
    static Path bin;

    @BeforeAll
    static void standInJar() throws IOException {
        Path src = Files.writeString(bin.resolve("Main.java"), MAIN);
        int compiled = ToolProvider.getSystemJavaCompiler().run(null, null, null, "-d", bin.toString(), src.toString());
        assertEquals(0, compiled);
        var manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, "Main");
        try (var jar = new JarOutputStream(Files.newOutputStream(bin.resolve("pressrun.jar")), manifest)) {
            jar.putNextEntry(new JarEntry("Main.class"));
            jar.write(Files.readAllBytes(bin.resolve("Main.class")));
            jar.closeEntry();
        }
        // the kernel's huge-page setting is read from thp-enabled beside the stand-in jar, which each test writes
        String script = Files.readString(Path.of("src/main/sh/pressrun"));
        String setting = "thp_setting=/sys/kernel/mm/transparent_hugepage/enabled\n";
        assertTrue(script.contains(setting), "the launcher reads the kernel's setting from " + setting);
        Path launcher = Files.writeString(bin.resolve("pressrun"),
                script.replace(setting, "thp_setting='" + bin.resolve("thp-enabled") + "'\n"));
        assertTrue(launcher.toFile().setExecutable(true));
    }

    private record Run(int exit, String out) {
        boolean quickCompiler() {
            return out.contains("-XX:TieredStopAtLevel=1");
        }

        boolean oneCompilerThread() {
            return out.contains("-XX:CICompilerCount=1");
        }

        boolean hugePages() {
            return out.contains("-XX:+UseTransparentHugePages");
        }

        boolean serialCollector() {
            return out.contains("-XX:+UseSerialGC");
        }

        boolean usesArchive() {
            return out.contains("-XX:SharedArchiveFile=");
        }
    }

    private static Run run(String... args) throws IOException, InterruptedException {
        return runWith(Map.of(), args);
    }

    /** A run with {@code environment} added to this one's. */
    private static Run runWith(Map<String, String> environment, String... args) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(bin.resolve("pressrun").toString()));
        command.addAll(List.of(args));
        var builder = new ProcessBuilder(command).redirectErrorStream(true);
        builder.environment().putAll(environment);
        Process p = builder.start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        return new Run(p.waitFor(), out);
    }

    /**
     * The launcher counts processors with GNU {@code nproc}, which reports the number that
     * {@code OMP_NUM_THREADS} gives: a run as on a machine of that many processors.
     */
    private static Run runOn(int processors, String... args) throws IOException, InterruptedException {
        return runWith(Map.of("OMP_NUM_THREADS", Integer.toString(processors)), args);
    }

    @Test
    void argumentsPassThroughAndTheArchiveIsMadeOnceThenUsed(@TempDir Path work) throws Exception {
        Files.deleteIfExists(bin.resolve("pressrun.jsa"));
        Path article = Files.writeString(work.resolve("one article.md"), "# x\n");
        Run first = run("build", "--out", work.resolve("out").toString(), article.toString());
        assertEquals(0, first.exit(), first.out());
        assertTrue(first.out().contains("args=build|--out|" + work.resolve("out") + "|" + article), first.out());
        assertTrue(first.out().contains("-XX:ArchiveClassesAtExit="), first.out());
        assertTrue(Files.isRegularFile(bin.resolve("pressrun.jsa")), "the archive is made by the first run");
        try (var leftovers = Files.list(bin)) {
            assertFalse(leftovers.anyMatch(f -> f.getFileName().toString().startsWith(".pressrun.jsa")));
        }

        Run second = run("build", article.toString());
        assertTrue(second.usesArchive(), second.out());
        assertFalse(second.out().contains("warning"), "nothing about the archive is printed: " + second.out());
        assertEquals(1, run("fail", article.toString()).exit(), "the exit code comes back");

        // a jar newer than the archive: the archive is made again, not used
        Files.setLastModifiedTime(bin.resolve("pressrun.jsa"),
                FileTime.fromMillis(Files.getLastModifiedTime(bin.resolve("pressrun.jar")).toMillis() - 5000));
        assertTrue(run("build", article.toString()).out().contains("-XX:ArchiveClassesAtExit="));
        assertTrue(run("build", article.toString()).usesArchive());
    }

    /** {@code count} one-line articles in {@code folder}, the n-th named {@code a<n>} with the extension {@code extension.apply(n)}. */
    private static Path articles(Path folder, int count, IntFunction<String> extension) throws IOException {
        Files.createDirectories(folder);
        for (int i = 0; i < count; i++) {
            Files.writeString(folder.resolve("a" + i + extension.apply(i)), "# x\n");
        }
        return folder;
    }

    @Test
    void withMoreThanTwoProcessorsTheQuickCompilerOnlyForAFewArticles(@TempDir Path work) throws Exception {
        Path few = articles(work.resolve("few"), 12, i -> ".md");
        assertTrue(runOn(3, "build", few.toString()).quickCompiler(), "twelve articles");
        Path many = articles(work.resolve("many/2026"), 13, i -> i % 2 == 0 ? ".md" : ".markdown");
        Files.writeString(many.resolve("notes.txt"), "not an article");
        assertFalse(runOn(3, "build", work.resolve("many").toString()).quickCompiler(), "thirteen articles");
        assertFalse(runOn(8, "build", few.toString(), work.resolve("many").toString()).quickCompiler());
    }

    @Test
    void withTwoProcessorsOrFewerTheQuickCompilerAlways(@TempDir Path work) throws Exception {
        Path many = articles(work.resolve("many"), 13, i -> ".md");
        Run two = runOn(2, "build", many.toString());
        Run one = runOn(1, "build", many.toString());
        assertTrue(two.quickCompiler(), "two processors");
        assertTrue(one.quickCompiler(), "one processor");
        assertTrue(two.oneCompilerThread(), "two processors");
        assertTrue(one.oneCompilerThread(), "one processor");
        assertFalse(runOn(3, "build", many.toString()).oneCompilerThread(), "three processors");
    }

    /** Huge pages are asked for only where the kernel gives them on request: its setting says [madvise]. */
    @Test
    void transparentHugePagesWhereTheKernelGivesThemOnRequest(@TempDir Path work) throws Exception {
        Path article = Files.writeString(work.resolve("a.md"), "# x\n");
        Path setting = bin.resolve("thp-enabled");
        try {
            Files.writeString(setting, "always [madvise] never\n");
            Run madvise = runOn(2, "build", article.toString());
            assertEquals(0, madvise.exit(), madvise.out());
            assertTrue(madvise.hugePages(), madvise.out());
            assertTrue(runOn(8, "build", article.toString()).hugePages(), "any number of processors");
            Files.writeString(setting, "[always] madvise never\n");
            assertFalse(runOn(2, "build", article.toString()).hugePages(), "the heap has them anyway");
            Files.writeString(setting, "always madvise [never]\n");
            assertFalse(runOn(2, "build", article.toString()).hugePages(), "none to be had");
            Files.delete(setting);
            Run unknown = runOn(2, "build", article.toString());
            assertEquals(0, unknown.exit(), unknown.out());
            assertFalse(unknown.hugePages(), "a kernel without the setting");
        } finally {
            Files.deleteIfExists(setting);
        }
    }

    @Test
    void withTwoProcessorsOrFewerTheSerialCollectorUnlessTheOptionsNameOne(@TempDir Path work) throws Exception {
        Path article = Files.writeString(work.resolve("a.md"), "# x\n");
        assertTrue(runOn(2, "build", article.toString()).serialCollector());
        assertTrue(runOn(1, "build", article.toString()).serialCollector());
        assertFalse(runOn(3, "build", article.toString()).serialCollector());
        Run parallel = runWith(Map.of("OMP_NUM_THREADS", "2", "PRESSRUN_JAVA_OPTS", "-XX:+UseParallelGC"), "build",
                article.toString());
        assertEquals(0, parallel.exit(), parallel.out());
        assertFalse(parallel.serialCollector(), parallel.out());
        assertTrue(parallel.out().contains("-XX:+UseParallelGC"), parallel.out());
    }
}
