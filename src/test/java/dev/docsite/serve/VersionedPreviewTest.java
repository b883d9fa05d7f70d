package dev.docsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docsite.config.ConfigOverrides;
import dev.docsite.rebuild.ChangeKind;
import dev.docsite.testing.VersionedSite;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The preview of a versioned Docusaurus site: a version added to or removed from {@code versions.json} (as
 * {@code docusaurus docs:version} adds one: its docs folder and sidebars first, the versions file last) changes the
 * site's routes and banners without a restart, and a versioned doc is previewed like any page.
 */
class VersionedPreviewTest {

    @TempDir
    Path dir;

    private static Document page(PreviewSite site, String path) {
        return Jsoup.parse(new String(site.respond(path, null).body(), StandardCharsets.UTF_8));
    }

    @Test
    void versionsAddedAndRemovedInTheVersionsFileAppearWithoutARestart() throws Exception {
        Path root = VersionedSite.create(dir, "");
        PreviewSite site = PreviewSite.open(VersionedSite.config(root), ConfigOverrides.none(), Clock.systemUTC(),
                n -> { }, line -> { });
        assertEquals(ChangeKind.CONFIG, site.layout().classify(root.resolve("versions.json")));
        assertEquals(ChangeKind.CONFIG, site.layout().classify(root.resolve("versioned_sidebars/version-1.0-sidebars.json")));
        assertEquals(ChangeKind.PAGE, site.layout().classify(root.resolve("versioned_docs/version-1.0/legacy.md")));
        assertEquals("Version: 2.0", page(site, "/docs/intro/").selectFirst(".doc-version-badge").text());

        Path released = root.resolve("versioned_docs/version-3.0");
        Files.createDirectories(released);
        Files.writeString(released.resolve("intro.md"), "# Introduction\n\nVersion three.\n");
        Path sidebars = root.resolve("versioned_sidebars/version-3.0-sidebars.json");
        Files.writeString(sidebars, "{\"docs\": [\"intro\"]}\n");
        Files.writeString(root.resolve("versions.json"), "[\"3.0\", \"2.0\", \"1.0\"]\n");
        site.apply(List.of(released, released.resolve("intro.md"), sidebars, root.resolve("versions.json")));
        assertEquals("Version: 3.0", page(site, "/docs/intro/").selectFirst(".doc-version-badge").text());
        Document older = page(site, "/docs/2.0/guides/setup/");
        assertEquals("This is documentation for Fixture 2.0, which is no longer actively maintained. For up-to-date"
                + " documentation, see the latest version (3.0).", older.selectFirst(".doc-version-banner").text());
        assertEquals("../../../../docs/intro/", older.selectFirst(".doc-version-banner a").attr("href"),
                "3.0 has no setup guide: its main doc");

        Files.writeString(root.resolve("versions.json"), "[\"3.0\", \"2.0\"]\n");
        site.apply(List.of(root.resolve("versions.json")));
        assertEquals(404, site.respond("/docs/1.0/legacy/", null).status());
        assertEquals(List.of("Next", "3.0", "2.0", "All versions"), page(site, "/docs/2.0/intro/")
                .select(".navbar-dropdown-menu a").eachText());
    }

    @Test
    void aVersionedDocIsPreviewedLikeAnyPage() throws Exception {
        Path root = VersionedSite.create(dir, "");
        PreviewSite site = PreviewSite.open(VersionedSite.config(root), ConfigOverrides.none(), Clock.systemUTC(),
                n -> { }, line -> { });
        Path legacy = root.resolve("versioned_docs/version-1.0/legacy.md");
        Files.writeString(legacy, "# Legacy, revised\n\nStill only in 1.0.\n");
        site.apply(List.of(legacy));
        Document page = page(site, "/docs/1.0/legacy/");
        assertEquals("Legacy, revised | Fixture", page.title());
        assertEquals("Version: 1.0", page.selectFirst(".doc-version-badge").text());
    }
}
