package dev.docsite.config;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docsite.docusaurus.DocusaurusSite;
import dev.docsite.problem.Problem;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A Docusaurus configuration's options docsite does not apply are each named in a warning, never dropped silently. */
class DocusaurusNoticesTest {

    private static List<String> notices(Map<String, Object> raw) {
        DocusaurusSite site = DocusaurusSite.builder().siteDir(Path.of("site")).raw(raw).build();
        return DocusaurusNotices.of(site, List.of(), "docusaurus.config.js", Path.of("site")).stream()
                .map(Problem::format).toList();
    }

    @Test
    void themeConfigOptionsTheThemeDoesNotApplyAreNamedInTheOrderWritten() {
        Map<String, Object> theme = new LinkedHashMap<>();
        theme.put("navbar", Map.of());
        theme.put("docs", Map.of("versionPersistence", "none"));
        theme.put("colorMode", Map.of());
        theme.put("prism", Map.of());
        theme.put("image", "img/card.png");
        theme.put("announcementBar", Map.of());
        assertEquals(List.of("docusaurus.config.js: warning: themeConfig.prism, themeConfig.announcementBar are not"
                + " applied by docsite's theme; its own defaults are used instead (docsite applies themeConfig.navbar,"
                + " footer, colorMode, image and docs) [docusaurus-unsupported]"), notices(Map.of("themeConfig", theme)));
    }

    @Test
    void aThemeConfigOfAppliedOptionsOnlyGetsNoWarning() {
        assertEquals(List.of(), notices(Map.of("themeConfig", Map.of("navbar", Map.of(), "footer", Map.of(),
                "docs", Map.of("sidebar", Map.of("hideable", true))))));
        assertEquals(List.of(), notices(Map.of()));
    }
}
