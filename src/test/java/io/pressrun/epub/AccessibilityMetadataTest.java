package io.pressrun.epub;

import io.pressrun.SampleArticles;
import io.pressrun.model.Article;
import io.pressrun.model.ArticlePlace;
import io.pressrun.model.PageStart;
import io.pressrun.style.Labels;
import io.pressrun.style.Templates;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The accessibility metadata of each kind of book, value by value, from the article, its labels,
 * its templates and its page list alone (`EpubAccessibilityTest` reads the same values from whole
 * EPUBs).
 */
class AccessibilityMetadataTest {
    private static final String READING = "The article is text in reading order, with headings and a table of "
            + "contents for navigation; reading systems can change its font, size and colours.";
    private static final String DESCRIBED = "Every image has a text description.";
    private static final String UNDESCRIBED = "Some images have no text description and are presented as decoration.";
    private static final String HAZARDS = "There are no flashing, motion or sound hazards.";
    private static final String MEETS = "The publication meets EPUB Accessibility 1.1 and WCAG 2.2 Level AA.";
    private static final List<String> BASIC_FEATURES = List.of("readingOrder", "structuralNavigation",
            "tableOfContents", "displayTransformability");

    private static final PageList TWO_PAGES = new PageList("A4", List.of(
            new PageStart(1, new ArticlePlace(ArticlePlace.Part.TITLE, List.of(), 0)),
            new PageStart(2, new ArticlePlace(ArticlePlace.Part.BODY, List.of(3), 0))));

    private static Map<String, Object> of(Article a, Templates templates, PageList pages) {
        return AccessibilityMetadata.of(a, Labels.forLanguage(templates, "en"), templates, pages);
    }

    private static List<String> features(String... more) {
        List<String> all = new ArrayList<>(BASIC_FEATURES);
        all.addAll(List.of(more));
        return all;
    }

    @Test
    void describedImagesAndPagesWithTheBundledTemplates() {
        Map<String, Object> m = of(EpubSamples.full(), Templates.bundled(), TWO_PAGES);
        assertEquals(List.of("textual", "visual"), m.get("accessModes"));
        assertEquals(List.of("textual", "textual,visual"), m.get("accessModesSufficient"));
        assertEquals(features("alternativeText", "pageNavigation", "printPageNumbers"), m.get("features"));
        assertEquals(List.of("none"), m.get("hazards"));
        assertEquals(String.join(" ", READING, DESCRIBED,
                        "Page markers and a page list give the page numbers of the PDF edition (A4).", HAZARDS, MEETS),
                m.get("summary"));
        assertEquals("EPUB Accessibility 1.1 - WCAG 2.2 Level AA", m.get("conformsTo"));
        assertEquals("Pressrun", m.get("certifiedBy"));
        assertEquals("PDF edition (A4)", m.get("pageBreakSource"));
    }

    @Test
    void anArticleWithoutImagesStillHasItsDescribedCover() {
        Map<String, Object> m = of(EpubSamples.minimal(), Templates.bundled(), PageList.NONE);
        assertEquals(List.of("textual", "visual"), m.get("accessModes"));
        assertEquals(List.of("textual", "textual,visual"), m.get("accessModesSufficient"));
        assertEquals(features("alternativeText"), m.get("features"));
        assertEquals(String.join(" ", READING, DESCRIBED, HAZARDS, MEETS), m.get("summary"));
        assertEquals("", m.get("pageBreakSource"));
        assertEquals("EPUB Accessibility 1.1 - WCAG 2.2 Level AA", m.get("conformsTo"));
    }

    @Test
    void anImageWithoutADescriptionTakesAwayTextAloneTheFeatureAndTheClaim() {
        Map<String, Object> m = of(SampleArticles.withoutAltText(EpubSamples.full()), Templates.bundled(), TWO_PAGES);
        assertEquals(List.of("textual", "visual"), m.get("accessModes"));
        assertEquals(List.of("textual,visual"), m.get("accessModesSufficient"));
        assertEquals(features("pageNavigation", "printPageNumbers"), m.get("features"));
        assertEquals(String.join(" ", READING, UNDESCRIBED,
                "Page markers and a page list give the page numbers of the PDF edition (A4).", HAZARDS), m.get("summary"));
        assertEquals("", m.get("conformsTo"));
        assertEquals("", m.get("certifiedBy"));
    }

    @Test
    void aUsersOwnVersionOfAnyCheckedFileTakesAwayTheClaimOnly(@TempDir Path dir) throws IOException {
        for (String name : AccessibilityMetadata.CHECKED_FILES) {
            Path userDir = dir.resolve(name.replace('/', '-'));
            Path user = userDir.resolve(name);
            Files.createDirectories(user.getParent());
            Files.copy(Path.of("templates").resolve(name), user);
            Map<String, Object> m = of(EpubSamples.full(), Templates.withOverrides(userDir), PageList.NONE);
            assertEquals("", m.get("conformsTo"), name);
            assertEquals("", m.get("certifiedBy"), name);
            assertEquals(features("alternativeText"), m.get("features"), name);
            assertEquals(String.join(" ", READING, DESCRIBED, HAZARDS), m.get("summary"), name);
        }
    }

    @Test
    void aUserFolderWithoutTheCheckedFilesKeepsTheClaim(@TempDir Path dir) throws IOException {
        Files.writeString(dir.resolve("theme.yaml"), "colours:\n  accent: \"#123456\"\n");
        Map<String, Object> m = of(EpubSamples.full(), Templates.withOverrides(dir), PageList.NONE);
        assertEquals("EPUB Accessibility 1.1 - WCAG 2.2 Level AA", m.get("conformsTo"));
    }
}
