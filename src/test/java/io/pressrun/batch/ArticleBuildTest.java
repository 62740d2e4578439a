package io.pressrun.batch;

import io.pressrun.TestFiles;
import io.pressrun.model.Diagnostic;
import io.pressrun.source.InputLimits;
import io.pressrun.style.Paper;
import io.pressrun.style.Templates;
import io.pressrun.style.Theme;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** What a batch learns from the article builder it is given, and the editions it makes for each set of formats. */
class ArticleBuildTest {
    @TempDir
    Path dir;

    @Test
    void saysWhetherItsMessagesCarryTheStackTrace() {
        assertTrue(new ArticleBuild(BuildContext.defaults(), true).debug());
        assertFalse(new ArticleBuild(BuildContext.defaults(), false).debug());
    }

    private ArticleBuild.Outcome build(Set<BuildContext.Format> formats) {
        Path source = TestFiles.write(dir, "harbour.md", TestFiles.FRONT + "\nThe quay was quiet again.\n");
        var ctx = BuildContext.fromEnvironment(Map.of("SOURCE_DATE_EPOCH", "1700000000"), formats, Paper.A4, false,
                Templates.bundled());
        return new ArticleBuild(ctx, false).build(source, reader -> reader.read(source));
    }

    private static void assertPdf(ArticleBuild.Edition e) {
        assertEquals(BuildContext.Format.PDF, e.format());
        assertEquals("harbour.pdf", e.fileName());
        assertEquals("%PDF-", new String(e.bytes(), 0, 5, StandardCharsets.US_ASCII));
    }

    private static void assertEpub(ArticleBuild.Edition e) {
        assertEquals(BuildContext.Format.EPUB, e.format());
        assertEquals("harbour.epub", e.fileName());
        // a zip whose first entry is the stored mimetype
        assertEquals("PK", new String(e.bytes(), 0, 2, StandardCharsets.US_ASCII));
        assertEquals("mimetypeapplication/epub+zip", new String(Arrays.copyOfRange(e.bytes(), 30, 58),
                StandardCharsets.US_ASCII));
    }

    @Test
    void eachFormatAskedForIsMadeInTheOrderPdfThenEpub() {
        ArticleBuild.Outcome both = build(Set.of(BuildContext.Format.EPUB, BuildContext.Format.PDF));
        assertEquals(ArticleResult.Status.BUILT, both.status());
        assertEquals("harbour", both.slug());
        assertEquals(2, both.editions().size());
        assertPdf(both.editions().get(0));
        assertEpub(both.editions().get(1));

        List<ArticleBuild.Edition> pdf = build(Set.of(BuildContext.Format.PDF)).editions();
        assertEquals(1, pdf.size());
        assertPdf(pdf.get(0));
        assertArrayEquals(both.editions().get(0).bytes(), pdf.get(0).bytes());
    }

    /** Under --strict a warning is an error, marked so, and the article is not built; without it, a warning is passed on. */
    @Test
    void underStrictAWarningFailsTheArticle() {
        Path source = TestFiles.write(dir, "colour.md", TestFiles.FRONT.replace("title:", "colour: red\ntitle:")
                + "\nText.\n");
        var strict = new BuildContext(Optional.empty(), Set.of(BuildContext.Format.PDF), Paper.A4, true,
                InputLimits.DEFAULT, Templates.bundled(), Theme.load(Templates.bundled()));
        ArticleBuild.Outcome refused = new ArticleBuild(strict, false).build(source, reader -> reader.read(source));
        assertEquals(ArticleResult.Status.FAILED, refused.status());
        assertEquals(List.of(), refused.editions());
        assertEquals(1, refused.diagnostics().size(), refused.diagnostics().toString());
        Diagnostic error = refused.diagnostics().get(0);
        assertEquals(Diagnostic.Severity.ERROR, error.severity());
        assertEquals(source, error.file());
        assertTrue(error.message().endsWith(" (--strict)") && error.message().contains("colour"), error.message());
    }

    @Test
    void anEpubAloneIsTheEpubMadeBesideThePdf() {
        // alone, the article is typeset all the same, for the EPUB's page markers of the PDF edition
        List<ArticleBuild.Edition> epub = build(Set.of(BuildContext.Format.EPUB)).editions();
        assertEquals(1, epub.size());
        assertEpub(epub.get(0));
        byte[] beside = build(Set.of(BuildContext.Format.PDF, BuildContext.Format.EPUB)).editions().get(1).bytes();
        assertArrayEquals(beside, epub.get(0).bytes());
    }

    /** A thread that counts the tasks it is given. */
    private static final class CountingSpare implements Executor {
        final AtomicInteger tasks = new AtomicInteger();
        final ExecutorService thread = Executors.newSingleThreadExecutor();

        @Override
        public void execute(Runnable task) {
            tasks.incrementAndGet();
            thread.execute(task);
        }
    }

    private ArticleBuild.Outcome buildWithPicture(Set<BuildContext.Format> formats, Executor spare) {
        TestFiles.write(dir, "quay.jpg", TestFiles.jpeg(800, 500));
        Path source = TestFiles.write(dir, "harbour.md", TestFiles.FRONT.replace("title:", "image: quay.jpg\ntitle:")
                + "\nThe quay was quiet again.\n");
        var ctx = BuildContext.fromEnvironment(Map.of("SOURCE_DATE_EPOCH", "1700000000"), formats, Paper.A4, false,
                Templates.bundled());
        return new ArticleBuild(ctx, false).build(source, reader -> reader.read(source), ArticleBuild.Guard.NONE, spare);
    }

    /** With a spare thread, the EPUB's pictures are made there, and the editions have the same bytes. */
    @Test
    void aSpareThreadMakesTheEpubsPicturesAndTheEditionsAreTheSame() {
        Set<BuildContext.Format> both = Set.of(BuildContext.Format.PDF, BuildContext.Format.EPUB);
        ArticleBuild.Outcome alone = buildWithPicture(both, null);
        var spare = new CountingSpare();
        try {
            ArticleBuild.Outcome helped = buildWithPicture(both, spare);
            assertEquals(1, spare.tasks.get());
            assertEquals(2, helped.editions().size());
            for (int i = 0; i < 2; i++) {
                assertArrayEquals(alone.editions().get(i).bytes(), helped.editions().get(i).bytes());
            }
            assertTrue(alone.article().orElseThrow().leadImage().isPresent(), "a cover with a picture");

            assertEquals(1, buildWithPicture(Set.of(BuildContext.Format.PDF), spare).editions().size());
            assertEquals(1, buildWithPicture(Set.of(BuildContext.Format.EPUB), spare).editions().size());
            assertEquals(1, spare.tasks.get(), "one edition alone: nothing to make beside it");
        } finally {
            spare.thread.shutdown();
        }
    }

    @Test
    void aSpareThatRefusesTheWorkLeavesItToTheBuildingThread() {
        Set<BuildContext.Format> both = Set.of(BuildContext.Format.PDF, BuildContext.Format.EPUB);
        Executor refusing = task -> {
            throw new RejectedExecutionException("shut down");
        };
        ArticleBuild.Outcome helped = buildWithPicture(both, refusing);
        assertEquals(ArticleResult.Status.BUILT, helped.status());
        assertArrayEquals(buildWithPicture(both, null).editions().get(1).bytes(), helped.editions().get(1).bytes());
    }

    /** Work done on a spare thread gives its result there, or what it threw, to the thread that waits for it. */
    @Test
    void workOnASpareThreadIsJoinedWithItsResultOrWhatItThrew() throws Exception {
        ExecutorService spare = Executors.newSingleThreadExecutor();
        try {
            assertEquals("made", ArticleBuild.joined(ArticleBuild.onSpare(() -> "made", spare)));
            var io = new IOException("the picture is gone");
            assertSame(io, assertThrows(IOException.class,
                    () -> ArticleBuild.joined(ArticleBuild.onSpare(() -> { throw io; }, spare))));
            var memory = new OutOfMemoryError("Java heap space");
            assertSame(memory, assertThrows(OutOfMemoryError.class,
                    () -> ArticleBuild.joined(ArticleBuild.onSpare(() -> { throw memory; }, spare))));
        } finally {
            spare.shutdown();
        }
        Thread[] ranOn = new Thread[1];
        CompletableFuture<String> inline = ArticleBuild.onSpare(() -> {
            ranOn[0] = Thread.currentThread();
            return "here";
        }, task -> {
            throw new RejectedExecutionException("shut down");
        });
        assertTrue(inline.isDone(), "refused: done before onSpare returns");
        assertSame(Thread.currentThread(), ranOn[0]);
        assertEquals("here", inline.get());
    }

    /** What stopped the pictures on the spare thread is thrown on the building thread as it was thrown. */
    @Test
    void whatStopsThePicturesIsThrownAsItWas() {
        var io = new IOException("the picture is gone");
        var state = new IllegalStateException("bad template");
        var memory = new OutOfMemoryError("Java heap space");
        assertSame(io, assertThrows(IOException.class, () -> ArticleBuild.joined(CompletableFuture.failedFuture(io))));
        assertSame(state, assertThrows(IllegalStateException.class,
                () -> ArticleBuild.joined(CompletableFuture.failedFuture(state))));
        assertSame(memory, assertThrows(OutOfMemoryError.class,
                () -> ArticleBuild.joined(CompletableFuture.failedFuture(memory))));
        var other = new Exception("checked");
        var wrapped = assertThrows(CompletionException.class, () -> ArticleBuild.joined(CompletableFuture.failedFuture(other)));
        assertSame(other, wrapped.getCause());
    }
}
