package dev.docsite.docusaurus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code themeConfig.docs} with the classic theme's defaults and its validation ({@code validateThemeConfig}). */
class DocsThemeTest {

    private static DocsTheme read(Map<String, Object> docs) throws DocusaurusConfigException {
        return DocsTheme.read(new Fields(docs, "themeConfig.docs", Path.of("docusaurus.config.js")));
    }

    @Test
    void defaultsAreTheClassicThemes() throws Exception {
        assertEquals(new DocsTheme(false, false, "localStorage"), read(Map.of()));
        assertEquals(DocsTheme.DEFAULT, read(Map.of("sidebar", Map.of())));
    }

    @Test
    void everyOptionIsRead() throws Exception {
        assertEquals(new DocsTheme(true, true, "none"), read(Map.of("versionPersistence", "none",
                "sidebar", Map.of("hideable", true, "autoCollapseCategories", true))));
    }

    @Test
    void anUnknownPersistenceIsAnErrorNamingTheOption() {
        DocusaurusConfigException error = assertThrows(DocusaurusConfigException.class,
                () -> read(Map.of("versionPersistence", "sessionStorage")));
        assertEquals("docusaurus.config.js: themeConfig.docs.versionPersistence: must be 'localStorage' or 'none',"
                + " not 'sessionStorage'", error.getMessage());
    }
}
