package io.pressrun.epub;

import io.pressrun.model.Article;
import io.pressrun.style.Labels;
import io.pressrun.style.Templates;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The package's accessibility metadata (schema.org's accessibility properties, the EPUB
 * Accessibility conformance claim), each value true of the book at hand: written from what it
 * contains, not stated once for all books. The summary is in the article's language, sentence by
 * sentence from the labels {@code a11y-*}.
 *
 * <p>The claim {@value #CONFORMANCE} is made only when every image has a text description (an
 * image without one is shown as decoration, which WCAG allows only for images that are
 * decoration, and only the author knows that) and the XHTML, navigation and style sheet are the
 * bundled ones, whose output the tests check with Ace by DAISY and EPUBCheck.
 */
final class AccessibilityMetadata {
    static final String CONFORMANCE = "EPUB Accessibility 1.1 - WCAG 2.2 Level AA";
    /** The party that evaluated the book: the program that wrote it and whose tests check what it writes. */
    static final String CERTIFIER = "Pressrun";
    /** The files whose output the claim rests on; a user's version of any of them voids it. */
    static final List<String> CHECKED_FILES = List.of("epub/article.xhtml.ftl", "epub/nav.xhtml.ftl",
            "epub/cover.xhtml.ftl", "epub/style.css");

    private AccessibilityMetadata() {
    }

    /**
     * The metadata of a book that has the drawn cover (an image described in words: every book
     * has one, so every book is visual as well as textual) and the article's images.
     *
     * @param pageList  the pages the XHTML marks (empty: no page list)
     */
    static Map<String, Object> of(Article article, Labels labels, Templates templates, PageList pageList) {
        boolean described = article.images().stream().noneMatch(i -> i.alt().isBlank());
        boolean pages = !pageList.starts().isEmpty();
        boolean conforms = described && bundled(templates);

        List<String> sufficient = new ArrayList<>();
        if (described) {
            sufficient.add("textual");
        }
        sufficient.add("textual,visual");

        List<String> features = new ArrayList<>(List.of("readingOrder", "structuralNavigation", "tableOfContents",
                "displayTransformability"));
        if (described) {
            features.add("alternativeText");
        }
        if (pages) {
            features.add("pageNavigation");
            features.add("printPageNumbers");
        }

        List<String> summary = new ArrayList<>();
        summary.add(labels.get("a11y-reading"));
        summary.add(labels.get(described ? "a11y-images-described" : "a11y-images-undescribed"));
        if (pages) {
            summary.add(labels.get("a11y-pages", Map.of("paper", pageList.paper())));
        }
        summary.add(labels.get("a11y-hazards"));
        if (conforms) {
            summary.add(labels.get("a11y-conformance"));
        }

        Map<String, Object> m = new LinkedHashMap<>();
        m.put("accessModes", List.of("textual", "visual"));
        m.put("accessModesSufficient", sufficient);
        m.put("features", features);
        m.put("hazards", List.of("none"));
        m.put("summary", XmlText.clean(String.join(" ", summary)));
        m.put("conformsTo", conforms ? CONFORMANCE : "");
        m.put("certifiedBy", conforms ? CERTIFIER : "");
        m.put("pageBreakSource", pages ? XmlText.clean(labels.get("pdf-edition", Map.of("paper", pageList.paper())))
                : "");
        return m;
    }

    /** Whether every file the claim rests on is the bundled one. */
    private static boolean bundled(Templates templates) {
        return CHECKED_FILES.stream().allMatch(name -> templates.shownPath(name).equals(Path.of("templates", name)));
    }
}
