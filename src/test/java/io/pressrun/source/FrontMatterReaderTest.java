package io.pressrun.source;

import io.pressrun.TestFiles;
import io.pressrun.batch.BuildContext;
import io.pressrun.model.Article;
import io.pressrun.model.ArticleDate;
import io.pressrun.model.ArticleException;
import io.pressrun.model.Author;
import io.pressrun.model.Diagnostic;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Front matter as {@link FrontMatterReader} reads it (through the article reader): its keys, their forms, and refusals. */
class FrontMatterReaderTest {
    private static final BuildContext CTX = BuildContext.defaults();

    @TempDir
    Path dir;

    private ArticleReader.Result read(String frontMatterLines, String body) {
        Path p = TestFiles.write(dir, "my-story.md", "---\n" + frontMatterLines + "---\n" + body);
        return new ArticleReader(CTX.templates(), CTX.limits()).read(p);
    }

    private Diagnostic refused(String frontMatterLines) {
        return assertThrows(ArticleException.class, () -> read(frontMatterLines, "Body.\n")).diagnostic();
    }

    @Test
    void readsEveryKey() {
        Article a = read("""
                title: "The title"
                subtitle: The dek
                authors:
                  - name: Ann Writer
                    role: Reporter
                    bio: Ann writes.
                  - Bob Second
                date: 2019-10-03T14:30:00+02:00
                updated: 2019-10-04
                publisher: The Paper
                language: en-GB
                slug: custom-slug
                identifier: urn:isbn:9780000000000
                rights: CC BY 4.0
                tags: [one, two]
                summary: A summary.
                """, "Body text.\n").article();
        assertEquals("The title", a.title());
        assertEquals("The dek", a.subtitle());
        assertEquals(2, a.authors().size());
        assertEquals("Reporter", a.authors().get(0).role());
        assertEquals("Bob Second", a.authors().get(1).name());
        assertEquals(LocalDate.of(2019, 10, 3), a.date().day());
        assertEquals("2019-10-03T14:30+02:00", a.date().iso());
        assertEquals(LocalDate.of(2019, 10, 4), a.updated().orElseThrow().day());
        assertEquals("en-GB", a.language());
        assertEquals("custom-slug", a.slug());
        assertEquals("urn:isbn:9780000000000", a.identifier());
        assertEquals("The Paper", a.publisher());
        assertEquals(List.of("one", "two"), a.tags());
        assertEquals("CC BY 4.0", a.rights());
    }

    /**
     * Every form of date docs/article-format.md promises, for 'date' and 'updated' alike: the day
     * as written and the exact instant (a day alone is midnight UTC; no offset means UTC).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "2019-10-03                | 2019-10-03 | 2019-10-03T00:00:00Z | ",
        "2019-10-03T14:30:00Z      | 2019-10-03 | 2019-10-03T14:30:00Z | Z",
        "2019-10-03T14:30:00+02:00 | 2019-10-03 | 2019-10-03T12:30:00Z | +02:00",
        "2019-10-03T23:30:00-05:00 | 2019-10-03 | 2019-10-04T04:30:00Z | -05:00",
        "2019-10-03T14:30:00       | 2019-10-03 | 2019-10-03T14:30:00Z | Z",
        "2019-10-03T14:30          | 2019-10-03 | 2019-10-03T14:30:00Z | Z",
        "2019-10-03 14:30:00       | 2019-10-03 | 2019-10-03T14:30:00Z | Z",
        "2019-10-03 14:30:00+02:00 | 2019-10-03 | 2019-10-03T12:30:00Z | +02:00",
        "2019-4-9                  | 2019-04-09 | 2019-04-09T00:00:00Z | ",
        "2019-10-3 08:05:00        | 2019-10-03 | 2019-10-03T08:05:00Z | Z",
    })
    void everyDocumentedDateFormGivesItsDayAndInstant(String written, String day, String instant, String offset) {
        Article a = read("title: T\nauthor: A\ndate: " + written + "\nupdated: " + written + "\n", "Body.\n").article();
        for (ArticleDate d : List.of(a.date(), a.updated().orElseThrow())) {
            assertEquals(LocalDate.parse(day), d.day(), written);
            assertEquals(Instant.parse(instant), d.toInstant(), written);
            assertEquals(offset == null ? Optional.empty() : Optional.of(ZoneOffset.of(offset)),
                    d.moment().map(OffsetDateTime::getOffset), written + ": the offset as written");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"3 October 2019", "2019-10-003", "2019/10/03", "2019-10-03T25:00:00Z", "2019-13-01",
        "20191003", "2019-10-03T14:30:00+2"})
    void otherDateFormsAreRefusedWithTheLine(String written) {
        Diagnostic d = refused("title: T\nauthor: A\ndate: \"" + written + "\"\n");
        assertEquals(4, d.line(), d.format());
        assertTrue(d.message().startsWith("'date' is not an ISO 8601 date: '" + written + "'"), d.format());
    }

    @Test
    void defaultsSlugIdentifierAndLanguage() {
        Article a = read("title: T\nauthor: A\ndate: 2024-01-02\n", "Body.\n").article();
        assertEquals("my-story", a.slug());
        assertEquals("en", a.language());
        assertTrue(a.identifier().matches("urn:uuid:[0-9a-f-]{36}"), a.identifier());
        Article again = read("title: Other title\nauthor: B\ndate: 2024-01-02\n", "Other.\n").article();
        assertEquals(a.identifier(), again.identifier(), "the identifier depends on slug and date only");
    }

    @Test
    void folderNameIsTheSlugOfIndexAndArticleFiles() {
        Path p = TestFiles.write(dir, "My Story/index.md", "---\ntitle: T\nauthor: A\ndate: 2024-01-02\n---\nB\n");
        assertEquals("My-Story", new ArticleReader(CTX.templates(), CTX.limits()).read(p).article().slug());
    }

    @Test
    void wrongTypesAreRefusedWithTheLine() {
        Diagnostic d = refused("title: [a, list]\nauthor: A\ndate: 2024-01-01\n");
        assertEquals(2, d.line());
        assertTrue(d.message().contains("'title' must be text, not a list"), d.format());
        d = refused("title: T\nauthors: {name: [Ann]}\ndate: 2024-01-01\n");
        assertTrue(d.message().contains("'name' must be text"), d.format());
        d = refused("title: T\nauthor: A\ndate: 2024-01-01\nimage: [[lead.jpg]]\n");
        assertTrue(d.message().contains("'image' must be text, not a list"), d.format());
        assertEquals(5, d.line());
    }

    @ParameterizedTest
    @ValueSource(strings = {"english", "en__GB", "xx", "e", "12", "en-", "toolongtag-x"})
    void invalidLanguageTagIsRefused(String tag) {
        Diagnostic d = refused("title: T\nauthor: A\ndate: 2024-01-01\nlanguage: \"" + tag + "\"\n");
        assertTrue(d.message().contains("not a valid BCP 47 language tag"), d.format());
        assertEquals(5, d.line());
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "en-GB", "fr", "de-CH", "pt-BR", "zh-Hant-TW", "sr-Latn", "gsw"})
    void validLanguageTags(String tag) {
        assertEquals(tag, read("title: T\nauthor: A\ndate: 2024-01-01\nlanguage: " + tag + "\n", "B\n")
                .article().language());
    }

    @Test
    void unknownKeysAreWarningsWithASuggestion() {
        var r = read("title: T\nauthor: A\ndate: 2024-01-01\nsubtitel: typo\n", "Body.\n");
        assertEquals(1, r.warnings().size());
        Diagnostic w = r.warnings().get(0);
        assertEquals(Diagnostic.Severity.WARNING, w.severity());
        assertEquals(5, w.line());
        assertEquals("unknown front matter key 'subtitel' is ignored (did you mean 'subtitle'?)", w.message());
    }

    /** Jekyll and Hugo take the last of a key given twice; so do we, and say so. */
    @Test
    void aDuplicateKeyIsAWarningAndTheLastValueWins() {
        var r = read("title: T\ntitle: U\nauthor: A\ndate: 2024-01-01\n", "B\n");
        assertEquals("U", r.article().title());
        Diagnostic w = r.warnings().get(0);
        assertEquals(3, w.line(), w.format());
        assertEquals("'title' is given twice (first on line 2); the last value is used: keep one", w.message());
    }

    @Test
    void noAuthorIsAWarningAndNoByline() {
        var r = read("title: T\ndate: 2024-01-01\n", "B\n");
        assertEquals(List.of(), r.article().authors());
        assertTrue(r.warnings().stream().anyMatch(w -> w.message().startsWith("no author: the editions have no byline")),
                r.warnings().toString());
    }

    @Test
    void aLeadImageWithoutAltTextIsAWarning() {
        Path p = TestFiles.write(dir, "my-story.md", "---\ntitle: T\nauthor: A\ndate: 2024-01-01\nimage:\n  src: lead.png\n---\nB\n");
        TestFiles.write(dir, "lead.png", TestFiles.png(20, 10));
        var r = new ArticleReader(CTX.templates(), CTX.limits()).read(p);
        assertEquals("", r.article().leadImage().orElseThrow().alt());
        assertEquals(6, r.warnings().get(0).line(), r.warnings().toString());
        assertTrue(r.warnings().get(0).message().contains("has no alt text"), r.warnings().toString());
    }

    @Test
    void unsafeSlugIsRefused() {
        Diagnostic d = refused("title: T\nauthor: A\ndate: 2024-01-01\nslug: ../escape\n");
        assertTrue(d.message().contains("'slug' must be a file name"), d.format());
    }

    @Test
    void aliasBombIsRefused() {
        StringBuilder y = new StringBuilder("title: T\nauthor: A\ndate: 2024-01-01\na0: &a0 [x, x]\n");
        for (int i = 1; i < 30; i++) {
            y.append("a").append(i).append(": &a").append(i).append(" [*a").append(i - 1).append(", *a")
                    .append(i - 1).append("]\n");
        }
        Diagnostic d = refused(y.toString());
        assertTrue(d.message().contains("invalid YAML"), d.format());
    }

    @Test
    void oneAuthorKeyGivesOneAuthorWithoutRoleOrBio() {
        Article a = read("title: T\nauthor: \" Jane Reporter \"\ndate: 2024-01-01\n", "Body.\n").article();
        assertEquals(List.of(new Author("Jane Reporter", "", "")), a.authors());
    }

    @Test
    void unknownAuthorAndImageKeysAreWarningsWithASuggestion() {
        TestFiles.write(dir, "lead.png", TestFiles.png(4, 4));
        var r = read("title: T\nauthors:\n  - name: Ann\n    rol: Reporter\n    bio: Writes.\ndate: 2024-01-01\n"
                + "image:\n  src: lead.png\n  alt: A dot\n  captoin: Typo\n  credit: Me\n", "Body.\n");
        assertEquals(List.of(
                "5: unknown author key 'rol' is ignored (did you mean 'role'?)",
                "11: unknown image key 'captoin' is ignored (did you mean 'caption'?)"),
                r.warnings().stream().map(w -> w.line() + ": " + w.message()).toList());
        assertEquals("", r.article().leadImage().orElseThrow().caption());
        assertEquals("Me", r.article().leadImage().orElseThrow().credit());
    }

    @Test
    void tagsMayBeOneWordOrNone() {
        assertEquals(List.of("news"), read("title: T\nauthor: A\ndate: 2024-01-01\ntags: news\n", "B\n").article().tags());
        assertEquals(List.of(), read("title: T\nauthor: A\ndate: 2024-01-01\ntags: \"\"\n", "B\n").article().tags());
        assertEquals(List.of("a", "b"),
                read("title: T\nauthor: A\ndate: 2024-01-01\ntags: [a, \"\", b]\n", "B\n").article().tags());
    }

    @Test
    void aDateTimeWithoutOffsetIsUtc() {
        Article a = read("title: T\nauthor: A\ndate: 2019-10-03 14:30:00\n", "B\n").article();
        assertEquals(Instant.parse("2019-10-03T14:30:00Z"), a.date().toInstant());
        assertEquals("2019-10-03T14:30Z", a.date().iso());
    }

    @Test
    void anEmptyIdentifierIsDerivedLikeAMissingOne() {
        Article a = read("title: T\nauthor: A\ndate: 2024-01-02\nidentifier: \"  \"\n", "B\n").article();
        assertTrue(a.identifier().matches("urn:uuid:[0-9a-f-]{36}"), a.identifier());
    }

    @Test
    void emptyValuesAreEmptyButQuotedNullIsText() {
        Article a = read("title: T\nauthor: A\ndate: 2024-01-02\nsubtitle:\npublisher: null\nrights: \"null\"\n", "B\n")
                .article();
        assertEquals("", a.subtitle());
        assertEquals("", a.publisher());
        assertEquals("null", a.rights());
    }

    @Test
    void anEmptyFrontMatterIsRefused() {
        Path p = TestFiles.write(dir, "my-story.md", "---\n---\nBody.\n");
        Diagnostic d = assertThrows(ArticleException.class, () -> new ArticleReader(CTX.templates(), CTX.limits()).read(p)).diagnostic();
        assertEquals(2, d.line());
        assertEquals("the front matter is empty: it needs at least a title and a date", d.message());
    }

    @Test
    void aFileOfThreeDashesOnlyIsAnUnclosedFrontMatter() {
        Path p = TestFiles.write(dir, "my-story.md", "---");
        Diagnostic d = assertThrows(ArticleException.class, () -> new ArticleReader(CTX.templates(), CTX.limits()).read(p)).diagnostic();
        assertTrue(d.message().startsWith("the front matter is not closed"), d.format());
    }

    @Test
    void aYamlErrorSaysWhereTheUnfinishedPartStarted() {
        Diagnostic d = refused("title: T\nauthor: A\ndate: 2024-01-01\ntags: [a, b\nsummary: x\n");
        assertTrue(d.message().startsWith("invalid YAML in the front matter: "), d.format());
        assertTrue(d.message().contains(" started on line 5)"), d.format());
    }

    @Test
    void wrongTypesAreNamedInTheMessage() {
        assertEquals("'title' must be text, not a mapping",
                refused("title: {a: b}\nauthor: A\ndate: 2024-01-01\n").message());
        assertEquals("'authors' must be text, not a list",
                refused("title: T\nauthors: [[Ann]]\ndate: 2024-01-01\n").message());
        assertEquals("the front matter must be a mapping of keys to values, not a list",
                refused("- title\n- date\n").message());
    }

    @Test
    void hugosParamsTableGivesKeysTheTopLevelLacks() {
        Article a = read("title: T\nauthor: A\ndate: 2024-01-01\nparams:\n  subtitle: From params\n"
                + "  publisher: Params Press\npublisher: Top Press\n", "Body.\n").article();
        assertEquals("From params", a.subtitle());
        assertEquals("Top Press", a.publisher(), "a key at the top wins over the same key under params");
    }

    @Test
    void ofTwoAuthorKeysTheFirstIsReadAndTheOtherNamedAsIgnored() {
        var r = read("title: T\nby: Bob By\nauthor: Ann Author\ndate: 2024-01-01\n", "Body.\n");
        assertEquals(List.of("Ann Author"), r.article().authors().stream().map(Author::name).toList());
        assertEquals(List.of("3: 'by' is ignored: the authors are taken from 'author'"),
                r.warnings().stream().map(w -> w.line() + ": " + w.message()).toList());
    }

    @Test
    void withoutADateTheDayInThePagesAddressIsTheDate() {
        Article a = read("title: T\nauthor: A\npath: notes/undated\nurl: /2021/05/06/the-story/\n", "Body.\n").article();
        assertEquals(LocalDate.of(2021, 5, 6), a.date().day(), "a path without a day gives way to the url");
        Article p = read("title: T\nauthor: A\npermalink: /2019/04/09/x.html\n", "Body.\n").article();
        assertEquals(LocalDate.of(2019, 4, 9), p.date().day());
    }
}
