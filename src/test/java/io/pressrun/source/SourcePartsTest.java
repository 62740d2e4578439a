package io.pressrun.source;

import io.pressrun.model.ArticleException;
import io.pressrun.model.Diagnostic;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A source split into its front matter and its body, each with the file line it starts on. */
class SourcePartsTest {
    private static final Path FILE = Path.of("a.md");

    private static Diagnostic refusal(String text) {
        return assertThrows(ArticleException.class, () -> SourceParts.split(FILE, text)).diagnostic();
    }

    @Test
    void yamlBetweenTwoDashedLines() {
        var parts = SourceParts.split(FILE, "---\ntitle: T\ndate: 2024-05-01\n---\nBody, line 5.\n");
        assertEquals(SourceParts.Syntax.YAML, parts.syntax());
        assertEquals("title: T\ndate: 2024-05-01\n", parts.yaml());
        assertEquals(2, parts.yamlFirstLine());
        assertEquals("Body, line 5.\n", parts.body());
        assertEquals(5, parts.bodyFirstLine());
    }

    @Test
    void tomlBetweenTwoPlusLinesAndFencesWithTrailingSpaces() {
        var parts = SourceParts.split(FILE, "+++  \ntitle = \"T\"\n+++\t\n\nBody.");
        assertEquals(SourceParts.Syntax.TOML, parts.syntax());
        assertEquals("title = \"T\"\n", parts.yaml());
        assertEquals("\nBody.", parts.body());
        assertEquals(4, parts.bodyFirstLine());
    }

    /** YAML's end-of-document marker closes YAML only: in TOML it is a line like any other. */
    @Test
    void threeDotsCloseYamlButNotToml() {
        var yaml = SourceParts.split(FILE, "---\ntitle: T\n...\nBody.\n");
        assertEquals("title: T\n", yaml.yaml());
        assertEquals("Body.\n", yaml.body());
        assertEquals(4, yaml.bodyFirstLine());
        var toml = SourceParts.split(FILE, "+++\ntitle = \"T\"\n...\n+++\nBody.\n");
        assertEquals("title = \"T\"\n...\n", toml.yaml());
        assertEquals(5, toml.bodyFirstLine());
    }

    @Test
    void aClosingFenceOnTheLastLineLeavesAnEmptyBody() {
        var parts = SourceParts.split(FILE, "---\ntitle: T\n---");
        assertEquals("title: T\n", parts.yaml());
        assertEquals("", parts.body());
        var empty = SourceParts.split(FILE, "---\n---\nBody.");
        assertEquals("", empty.yaml());
        assertEquals("Body.", empty.body());
        assertEquals(3, empty.bodyFirstLine());
    }

    @Test
    void aFileThatDoesNotStartWithAFenceHasNoFrontMatter() {
        Diagnostic d = refusal("title: T\n---\nBody.\n");
        assertEquals(1, d.line());
        assertTrue(d.message().startsWith("no front matter: the file must start with a line '---'"), d.message());
        assertEquals(1, refusal("--- \u00a0\n").line(), "a no-break space is not trailing white space here");
    }

    @Test
    void anUnclosedFrontMatterNamesTheFenceToAdd() {
        assertEquals("the front matter is not closed: add a line '---' after the last YAML key",
                refusal("---\ntitle: T\n\nBody.\n").message());
        assertEquals("the front matter is not closed: add a line '+++' after the last TOML key",
                refusal("+++\ntitle = \"T\"\n---\nBody.\n").message());
        assertEquals(1, refusal("---").line());
    }
}
