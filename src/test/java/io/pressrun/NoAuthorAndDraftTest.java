package io.pressrun;

import io.pressrun.batch.ArticleResult;
import io.pressrun.batch.Batch;
import io.pressrun.batch.BuildContext;
import io.pressrun.model.Diagnostic;
import io.pressrun.source.SiteOptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** An article without an author is built without a byline; a draft is built only when asked. */
class NoAuthorAndDraftTest {

    @Test
    void anArticleWithoutAnAuthorHasValidEditionsWithoutAByline(@TempDir Path dir) throws IOException {
        SourceEditions built = SourceEditions.build(dir, "---\ntitle: Nobody wrote this\ndate: 2024-05-01\n---\n\nText.\n");
        assertEquals(List.of(), built.article().authors());
        assertTrue(built.warnings().stream().anyMatch(w -> w.message().startsWith("no author")), built.warnings().toString());
        assertFalse(built.articleXhtml().contains("class=\"byline\""), "no byline in the EPUB");
        String opf = built.epubEntries().entrySet().stream().filter(e -> e.getKey().endsWith(".opf"))
                .map(e -> new String(e.getValue(), java.nio.charset.StandardCharsets.UTF_8)).findFirst().orElseThrow();
        assertFalse(opf.contains("dc:creator"), "no creator in the package metadata");
        Path epub = Files.write(dir.resolve("no-author.epub"), built.epub());
        EpubOracles.assertValid(epub, "an article without an author");
        VeraPdfOracle.Result pdf = VeraPdfOracle.check(built.pdf(), "no-author.pdf");
        assertTrue(pdf.compliant(), pdf::describe);
    }

    @Test
    void aDraftIsSkippedWithANoteUnlessDraftsAreAsked(@TempDir Path dir) {
        Path draft = TestFiles.write(dir, "src/draft.md", "---\ntitle: Not yet\nauthor: A\ndate: 2024-05-01\ndraft: true\n---\nText.\n");
        Path done = TestFiles.write(dir, "src/done.md", "---\ntitle: Done\nauthor: A\ndate: 2024-05-01\n---\nText.\n");
        BuildContext ctx = BuildContext.defaults();
        List<ArticleResult> plain = new Batch(ctx, dir.resolve("out"), 1).run(List.of(draft, done), r -> { });
        assertTrue(plain.get(0).skipped(), plain.toString());
        assertEquals(List.of(), plain.get(0).files());
        Diagnostic note = plain.get(0).diagnostics().get(0);
        assertEquals(Diagnostic.Severity.NOTE, note.severity());
        assertTrue(note.message().contains("--drafts"), note.format());
        assertTrue(plain.get(1).built());
        assertFalse(Files.exists(dir.resolve("out/draft.pdf")));

        BuildContext drafts = ctx.withSite(new SiteOptions(Optional.empty(), Optional.empty(), true));
        List<ArticleResult> all = new Batch(drafts, dir.resolve("out"), 1).run(List.of(draft), r -> { });
        assertTrue(all.get(0).built(), all.toString());
        assertTrue(Files.exists(dir.resolve("out/draft.pdf")));
    }
}
