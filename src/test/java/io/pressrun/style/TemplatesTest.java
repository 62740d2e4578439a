package io.pressrun.style;

import io.pressrun.TestFiles;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.Map;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class TemplatesTest {
    @TempDir
    Path dir;

    @Test
    void userTemplatesCannotInstantiateClasses() {
        // a harmless class: FreeMarker's default resolver would allow it; ours allows nothing
        TestFiles.write(dir, "evil.ftl", "<#assign h = \"freemarker.template.SimpleHash\"?new()>made");
        var e = assertThrows(IllegalStateException.class, () -> Templates.withOverrides(dir).render("evil.ftl", Map.of()));
        assertTrue(e.getMessage().contains("evil.ftl"), e.getMessage());
    }

    @Test
    void userFileOverridesBundledOneAndSettingsMergeOverTheBundle() {
        TestFiles.write(dir, "labels/en.yaml", "byline: \"Written by ${names}\"\n");
        Labels labels = Labels.forLanguage(Templates.withOverrides(dir), "en");
        assertEquals("Written by Ann", labels.get("byline", Map.of("names", "Ann")));
        assertEquals("3 min read", labels.get("read-time", Map.of("minutes", 3)), "other labels stay bundled");
        TestFiles.write(dir, "theme.yaml", "body:\n  size: 12\n");
        Theme theme = Theme.load(Templates.withOverrides(dir));
        assertEquals(12f, theme.number("body.size"));
        assertEquals(14.5f, theme.number("body.leading"), "keys beside an overridden one stay bundled");
    }

    @Test
    void labelsFollowTheLanguageWithRegionalOverrides() {
        Labels us = Labels.forLanguage(Templates.bundled(), "en-US");
        Labels de = Labels.forLanguage(Templates.bundled(), "de-AT");
        assertEquals("October 3, 2019", us.formatDate(io.pressrun.model.ArticleDate.of(java.time.LocalDate.of(2019, 10, 3))));
        assertEquals("3. Oktober 2019", de.formatDate(io.pressrun.model.ArticleDate.of(java.time.LocalDate.of(2019, 10, 3))));
        assertEquals("Von Ann", de.get("byline", Map.of("names", "Ann")));
    }

    @Test
    void labelsAreReadOncePerTemplateSetAndLanguage() {
        Templates t = Templates.bundled();
        org.junit.jupiter.api.Assertions.assertSame(Labels.forLanguage(t, "de"), Labels.forLanguage(t, "de"));
        org.junit.jupiter.api.Assertions.assertNotSame(Labels.forLanguage(t, "de"), Labels.forLanguage(t, "fr"));
        org.junit.jupiter.api.Assertions.assertNotSame(Labels.forLanguage(t, "de"), Labels.forLanguage(Templates.bundled(), "de"));
    }
}
