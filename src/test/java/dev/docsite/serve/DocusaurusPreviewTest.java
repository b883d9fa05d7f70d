package dev.docsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.docsite.config.ConfigOverrides;
import dev.docsite.config.ConfigSource;
import dev.docsite.testing.TreeCopy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview of a Docusaurus site reads its configuration again when it changes: an error in it shows in the
 * overlay at its file and line while the last good site is served, and fixing it applies the new configuration.
 */
class DocusaurusPreviewTest {

    @TempDir
    Path dir;

    private static String html(PreviewSite site, String path) {
        return new String(site.respond(path, null).body(), StandardCharsets.UTF_8);
    }

    private static Element overlay(String html) {
        Document doc = Jsoup.parse(html);
        return doc.getElementById("docsite-problems");
    }

    @Test
    void aBrokenConfigurationShowsAtItsLineOverTheLastGoodSite() throws Exception {
        TreeCopy.copy(Path.of("src/test/resources/docusaurus-sites/docs-at-root"), dir);
        Path config = dir.resolve("docusaurus.config.js");
        String good = Files.readString(config);
        PreviewSite site = PreviewSite.open(ConfigSource.load(dir, ConfigOverrides.none()), ConfigOverrides.none(),
                Clock.systemUTC(), n -> { }, line -> { });
        assertEquals("API | Docs only", Jsoup.parse(html(site, "/handbook/reference/api/")).title());

        Files.writeString(config, good.replace("title: 'Docs only',", "title: 'Docs only',,"));
        site.apply(List.of(config));
        String html = html(site, "/handbook/reference/api/");
        assertEquals("API | Docs only", Jsoup.parse(html).title());
        assertEquals("docusaurus.config.js:5:24 error SyntaxError: Expected property id but found , (still serving the"
                + " site as it was before this change) config", overlay(html).select("li").first().text());

        Files.writeString(config, good.replace("title: 'Docs only',", "title: 'Handbook',"));
        site.apply(List.of(config));
        html = html(site, "/handbook/reference/api/");
        assertEquals("API | Handbook", Jsoup.parse(html).title());
        Element after = overlay(html);
        assertNull(after == null || after.hasAttr("hidden") ? null : after);
    }
}
