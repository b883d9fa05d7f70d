package dev.docsite.rebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docsite.config.ConfigException;
import dev.docsite.config.ConfigOverrides;
import dev.docsite.config.ConfigSource;
import dev.docsite.config.SiteConfig;
import dev.docsite.testing.TreeCopy;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What the preview server watches on a Docusaurus site, and what each changed path means. */
class SourceLayoutTest {

    @TempDir
    static Path dir;

    /** Read once: a configuration costs a JavaScript evaluation. */
    private static SourceLayout layout;

    @BeforeAll
    static void readConfiguration() throws IOException, ConfigException {
        TreeCopy.copy(Path.of("src/test/resources/docusaurus-sites/docs-beside"), dir);
        java.nio.file.Files.createDirectories(dir.resolve(".git")); // a repository: the site root, holding ../docs
        SiteConfig config = ConfigSource.load(dir.resolve("website"), ConfigOverrides.none());
        layout = SourceLayout.of(config);
    }

    @Test
    void watchesEveryContentRootStaticFolderAndConfigurationFile() throws Exception {
        Path site = dir.resolve("website").toAbsolutePath().normalize();
        Path docs = dir.resolve("docs").toAbsolutePath().normalize();
        assertEquals(List.of(new SourceLayout.WatchRoot(site, false), new SourceLayout.WatchRoot(docs, true),
                new SourceLayout.WatchRoot(site.resolve("src/pages"), true),
                // the blog's folder, so that posts added, renamed or deleted appear in the preview
                new SourceLayout.WatchRoot(site.resolve("blog"), true),
                new SourceLayout.WatchRoot(site.resolve("static"), true),
                new SourceLayout.WatchRoot(site.resolve("templates"), true)), layout.watchRoots());
    }

    @Test
    void theConfigurationAndSidebarsAreConfigChangesAndEveryRootHoldsPages() throws Exception {
        Path site = dir.resolve("website");
        assertEquals(ChangeKind.CONFIG, layout.classify(site.resolve("docusaurus.config.js")));
        assertEquals(ChangeKind.CONFIG, layout.classify(site.resolve("sidebars.js")));
        assertEquals(ChangeKind.CONFIG, layout.classify(site.resolve("site.yml")));
        assertEquals(ChangeKind.PAGE, layout.classify(dir.resolve("docs/guides/setup.md")));
        assertEquals(ChangeKind.PAGE, layout.classify(site.resolve("src/pages/help.md")));
        assertEquals(ChangeKind.PAGE, layout.classify(site.resolve("blog/welcome.md")));
        assertEquals(ChangeKind.CONTENT_FILE, layout.classify(site.resolve("src/pages/index.tsx")));
        assertEquals(ChangeKind.STATIC, layout.classify(site.resolve("static/img/logo.png")));
        assertEquals(ChangeKind.IGNORED, layout.classify(site.resolve("site-output/index.html")));
    }
}
