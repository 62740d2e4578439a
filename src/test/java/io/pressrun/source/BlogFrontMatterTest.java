package io.pressrun.source;

import io.pressrun.TestFiles;
import io.pressrun.batch.BuildContext;
import io.pressrun.model.Article;
import io.pressrun.model.ArticleException;
import io.pressrun.model.Author;
import io.pressrun.model.Block;
import io.pressrun.model.Diagnostic;
import io.pressrun.model.Inline;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Front matter as Hugo, Jekyll, Zola, CMS exports and pandoc write it. */
class BlogFrontMatterTest {
    private static final BuildContext CTX = BuildContext.defaults();

    @TempDir
    Path dir;

    private ArticleReader.Result read(String name, String source) {
        return new ArticleReader(CTX.templates(), CTX.limits()).read(TestFiles.write(dir, name, source));
    }

    private List<Diagnostic> refused(String name, String source) {
        return assertThrows(ArticleException.class, () -> read(name, source)).diagnostics();
    }

    @Test
    void hugoTomlFrontMatter() {
        var r = read("post.md", """
                +++
                title = "Hugo in TOML"
                date = 2023-04-05T10:00:00+02:00
                lastmod = 2023-04-06
                description = "What it is about"
                authors = ["Ann Writer", "Bo Sample"]
                tags = ["go", "web"]
                categories = ["tech"]
                draft = false
                weight = 10
                +++
                Body.
                """);
        Article a = r.article();
        assertEquals("Hugo in TOML", a.title());
        assertEquals(Instant.parse("2023-04-05T08:00:00Z"), a.date().toInstant());
        assertEquals(LocalDate.of(2023, 4, 6), a.updated().orElseThrow().day());
        assertEquals("What it is about", a.subtitle(), "the description is the subtitle when there is none");
        assertEquals("What it is about", a.summary());
        assertEquals(List.of("Ann Writer", "Bo Sample"), a.authors().stream().map(Author::name).toList());
        assertEquals(List.of("go", "web", "tech"), a.tags());
        assertEquals(List.of(), r.warnings(), "weight is ignored on purpose, without a word");
        assertFalse(r.draft());
    }

    @Test
    void invalidTomlIsAnErrorOnItsLine() {
        List<Diagnostic> d = refused("post.md", "+++\ntitle = \"T\"\ndate = 2023-04-05\nauthor = \n+++\nB\n");
        assertEquals(4, d.get(0).line(), d.toString());
        assertTrue(d.get(0).message().startsWith("invalid TOML in the front matter: "), d.toString());
    }

    @Test
    void tomlKeysCarryTheirLines() {
        var r = read("post.md", "+++\ntitle = \"T\"\ndate = 2023-04-05\n\n[extra]\nsubtitel = \"x\"\nauthor = \"Ann\"\n+++\nB\n");
        assertEquals("Ann", r.article().authors().get(0).name(), "Zola's [extra] table is searched");
        assertEquals(List.of(), r.warnings(), "keys in [extra] are the site's own: no warning");
        var unknown = read("other.md", "+++\ntitle = \"T\"\ndate = 2023-04-05\nauthor = \"A\"\nsubtitel = \"x\"\n+++\nB\n");
        assertEquals(5, unknown.warnings().get(0).line(), unknown.warnings().toString());
        assertTrue(unknown.warnings().get(0).message().contains("did you mean 'subtitle'"), unknown.warnings().toString());
    }

    @Test
    void tomlValuesOfEveryType() {
        var r = read("t.md", "+++\ntitle = 2024\ndate = 2023-04-05T10:00:00.5Z\nauthor = \"A\"\ndraft = true\nweight = 1.5\n"
                + "[taxonomies]\ncategories = [\"x\"]\n+++\nB\n");
        assertEquals("2024", r.article().title());
        assertTrue(r.draft());
        assertEquals(Instant.parse("2023-04-05T10:00:00.500Z"), r.article().date().toInstant());
        List<Diagnostic> d = refused("u.md", "+++\ntitle = \"T\"\nauthor = \"A\"\n\n[taxonomies]\ntags = {a = 1}\n"
                + "[extra]\ndate = \"someday\"\n+++\nB\n");
        assertEquals(List.of("6 'taxonomies.tags' must be a list, not a mapping", "8 'date' is not an ISO 8601 date"),
                d.stream().map(x -> x.line() + " " + x.message().split(":")[0]).toList());
        List<Diagnostic> wrong = refused("v.md", "+++\ntitle = \"T\"\ndate = 2023-01-01\ndraft = \"yes\"\n+++\nB\n");
        assertEquals(List.of(4), wrong.stream().filter(x -> x.severity() == Diagnostic.Severity.ERROR)
                .map(Diagnostic::line).toList());
    }

    @Test
    void zolaTaxonomiesGiveTagsAndAuthors() {
        Article a = read("post.md", """
                +++
                title = "Zola"
                date = 2022-01-02
                updated = 2022-02-03
                [taxonomies]
                tags = ["rust", "ssg"]
                categories = ["notes"]
                authors = ["Cy Third"]
                +++
                B
                """).article();
        assertEquals(List.of("rust", "ssg", "notes"), a.tags());
        assertEquals("Cy Third", a.authors().get(0).name());
        assertEquals(LocalDate.of(2022, 2, 3), a.updated().orElseThrow().day());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "2017-03-21 08:52:53 -0500 | 2017-03-21T13:52:53Z",
        "2017-03-21 08:52:53 +01:00 | 2017-03-21T07:52:53Z",
        "2017-03-21T08:52:53.250Z | 2017-03-21T08:52:53.250Z",
        "2017-03-21 08:52 | 2017-03-21T08:52:00Z",
        "2017-03-21T08:52:53+0530 | 2017-03-21T03:22:53Z"})
    void jekyllAndRfc3339Dates(String written, String instant) {
        Article a = read("post.md", "---\ntitle: T\nauthor: A\ndate: " + written + "\n---\nB\n").article();
        assertEquals(Instant.parse(instant), a.date().toInstant(), written);
        assertEquals(LocalDate.of(2017, 3, 21), a.date().day(), "the day as written");
    }

    @Test
    void theDateComesFromTheFileNameWhenTheFrontMatterHasNone() {
        var r = read("_posts/2017-03-21-welcome.markdown", "---\ntitle: Welcome\nlayout: post\nauthor: A\n---\nB\n");
        assertEquals(LocalDate.of(2017, 3, 21), r.article().date().day());
        assertEquals("2017-03-21-welcome", r.article().slug(), "the .markdown ending is taken off");
        var bundle = read("2018-01-02-trip/index.md", "---\ntitle: Trip\nauthor: A\n---\nB\n");
        assertEquals(LocalDate.of(2018, 1, 2), bundle.article().date().day(), "a bundle folder's name gives it too");
        List<Diagnostic> none = refused("welcome.md", "---\ntitle: Welcome\nauthor: A\n---\nB\n");
        assertTrue(none.get(0).message().startsWith("'date' is required"), none.toString());
        List<Diagnostic> empty = refused("empty.md", "---\ntitle: Welcome\nauthor: A\ndate:\n---\nB\n");
        assertTrue(empty.get(0).message().startsWith("'date' is required"), empty.toString());
        var emptyInPost = read("_posts/2017-03-22-empty.md", "---\ntitle: Welcome\nauthor: A\ndate: \"\"\n---\nB\n");
        assertEquals(LocalDate.of(2017, 3, 22), emptyInPost.article().date().day(), "an empty date is no date");
    }

    @Test
    void cmsExportKeys() {
        TestFiles.write(dir, "images/cover.png", TestFiles.png(40, 20));
        var r = read("export.md", """
                ---
                title: "From the CMS"
                published_at: 2021-06-07T08:09:10.000Z
                updated_at: 2021-06-08T08:09:10.000Z
                excerpt: "The custom excerpt"
                feature_image: images/cover.png
                status: published
                meta_title: ignored
                og_image: ignored
                by: Dee Fourth
                slug: from-the-cms
                ---
                B
                """);
        Article a = r.article();
        assertEquals("The custom excerpt", a.subtitle());
        assertEquals("images/cover.png", a.leadImage().orElseThrow().src());
        assertEquals("Dee Fourth", a.authors().get(0).name());
        assertEquals("from-the-cms", a.slug());
        assertEquals(1, r.warnings().size(), "only the missing alt text: " + r.warnings());
        assertEquals(6, r.warnings().get(0).line());
    }

    @Test
    void pandocAndJekyllAuthorForms() {
        Article a = read("p.md", """
                ---
                title: T
                date: 2020-01-01
                author:
                  - name: Eve Fifth
                    affiliation: The Institute
                    email: eve@example.org
                  - Fay Sixth
                lang: de-DE
                abstract: Kurz gesagt.
                keywords: [a, b]
                ---
                B
                """).article();
        assertEquals(List.of(new Author("Eve Fifth", "The Institute", ""), new Author("Fay Sixth", "", "")), a.authors());
        assertEquals("de-DE", a.language());
        assertEquals(List.of("a", "b"), a.tags());
        Article jekyll = read("j.md", "---\ntitle: T\ndate: 2020-01-01\nauthor:\n  name: Gil\n  url: https://example.org\n---\nB\n")
                .article();
        assertEquals("Gil", jekyll.authors().get(0).name());
    }

    @Test
    void hugoImagesListAndCoverMapping() {
        TestFiles.write(dir, "a.png", TestFiles.png(40, 20));
        TestFiles.write(dir, "b.png", TestFiles.png(40, 20));
        Article list = read("l.md", "---\ntitle: T\nauthor: A\ndate: 2020-01-01\nimages: [a.png, b.png]\n---\nB\n").article();
        assertEquals("a.png", list.leadImage().orElseThrow().src());
        var cover = read("c.md", "---\ntitle: T\nauthor: A\ndate: 2020-01-01\ncover:\n  image: b.png\n  alt: Two\n"
                + "  caption: The second\n  relative: true\n---\nB\n");
        assertEquals("b.png", cover.article().leadImage().orElseThrow().src());
        assertEquals("Two", cover.article().leadImage().orElseThrow().alt());
        assertEquals(List.of(), cover.warnings());
    }

    @ParameterizedTest
    @CsvSource({"draft: true, true", "draft: false, false", "published: false, true", "status: draft, true",
        "status: published, false"})
    void draftMarks(String line, boolean draft) {
        assertEquals(draft, read("d.md", "---\ntitle: T\nauthor: A\ndate: 2020-01-01\n" + line + "\n---\nB\n").draft());
    }

    @Test
    void aPostInJekyllsDraftsFolderIsADraft() {
        assertTrue(read("_drafts/idea.md", "---\ntitle: T\nauthor: A\ndate: 2020-01-01\n---\nB\n").draft());
    }

    @Test
    void aHugoPageBundleIsNamedByItsFolder() {
        assertEquals("my-trip", read("posts/my-trip/index.md", "---\ntitle: T\nauthor: A\ndate: 2020-01-01\n---\nB\n")
                .article().slug());
    }

    @Test
    void everyProblemOfTheFrontMatterAtOnce() {
        List<Diagnostic> d = refused("all.md", """
                ---
                title: [not, text]
                date: yesterday
                language: english
                slug: ../up
                draft: maybe
                subtitel: typo
                ---
                B
                """);
        List<String> lines = d.stream().map(x -> x.line() + " " + x.severity().word + " " + x.message().split(":")[0]).toList();
        assertEquals(List.of(
                "1 warning no author",
                "2 error 'title' must be text, not a list",
                "3 error 'date' is not an ISO 8601 date",
                "4 error 'language' is not a valid BCP 47 language tag",
                "5 error 'slug' must be a file name of letters, digits, '.', '_' and '-' (no slashes, not starting with '.'), not '../up'",
                "6 error 'draft' must be true or false, not 'maybe'",
                "7 warning unknown front matter key 'subtitel' is ignored (did you mean 'subtitle'?)"), lines);
    }

    @Test
    void keysSiteGeneratorsUseAreIgnoredWithoutAWord() {
        var r = read("x.md", "---\ntitle: T\nauthor: A\ndate: 2020-01-01\nlayout: post\npermalink: /x/\naliases: [/y/]\n"
                + "comments: true\nmenu: main\n---\nB\n");
        assertEquals(List.of(), r.warnings());
    }

    /** YAML's document end ("...") closes YAML front matter as "---" does; in TOML it is just a line of a string. */
    @Test
    void yamlMayEndWithThreeDotsAndTomlKeepsALineOfThem() {
        var yaml = read("y.md", "---\ntitle: T\nauthor: A\ndate: 2023-04-05\n...\nThe body.\n").article();
        assertEquals("T", yaml.title());
        assertEquals(List.of(new Block.Paragraph(List.of(new Inline.Text("The body.")))),
                yaml.body(), "the body starts after the closing line");
        var toml = read("t.md", "+++\ntitle = \"T\"\nauthor = \"A\"\ndate = 2023-04-05\nsummary = \"\"\"\n...\n\"\"\"\n+++\nB\n")
                .article();
        assertEquals("…", toml.summary().strip(), "the line of dots, typeset");
    }
}
