package dev.docsite.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.config.ConfigOverrides;
import dev.docsite.config.ConfigSource;
import dev.docsite.site.BuildResult;
import dev.docsite.site.SiteBuilder;
import dev.docsite.testing.FileTree;
import dev.docsite.testing.TestSite;
import dev.docsite.testing.TreeCopy;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A blog built from the build cache: its posts' parses come from the cache without their body templates, so their
 * pages are parsed again when rendered and the list pages' summaries are cut from that parse or parsed alone. The
 * output is byte for byte that of a clean build.
 */
class BlogCachedBuildTest {

    @TempDir
    Path dir;

    @Test
    void aBuildFromTheCacheWritesWhatACleanBuildWrites() throws Exception {
        Path site = dir.resolve("site");
        TreeCopy.copy(Path.of("src/test/resources/docusaurus-sites/blogs"), site);
        Path cached = dir.resolve("cached");
        build(site, cached);
        deleteTree(cached); // so that every page is rendered again, none linked from the previous output
        assertTrue(Files.isRegularFile(dir.resolve(".cached.cache")), "the cache of the first build");
        build(site, cached);
        Path clean = dir.resolve("clean");
        build(site, clean);

        Map<String, String> expected = FileTree.contents(clean);
        assertTrue(expected.containsKey("blog/index.html"), expected.keySet().toString());
        assertEquals(expected, FileTree.contents(cached));
    }

    private static void build(Path site, Path out) throws Exception {
        var config = ConfigSource.load(site, ConfigOverrides.none()).toBuilder().outDir(out).build();
        BuildResult result = new SiteBuilder(config, TestSite.CLOCK).build(SiteBuilder.Mode.BUILD);
        assertTrue(result.written(), result.failure());
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> s = Files.walk(root)) {
            for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(p);
            }
        }
    }
}
