package dev.docsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.docsite.config.ConfigLoader;
import dev.docsite.config.ConfigOverrides;
import dev.docsite.testing.Golden;
import dev.docsite.testing.TestSite;
import dev.docsite.testing.TreeCopy;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The repository's sample site, built with the fixed clock of the tests, equals the checked-in output under
 * {@code golden/sample-site/} file by file: every page, the 404 page, {@code sitemap.xml}, the search index, the KPI
 * snapshot, static and content assets. A missing or an extra file fails as well as a changed one.
 * <p>
 * The theme's assets ({@code assets/}: the default theme's CSS and scripts and the vendored highlight.js and lunr)
 * are pinned by {@code assets.sha256} (checksum, size and path per file) instead of being stored a second time: they
 * are copies of files kept in the repository ({@code templates/assets/}) or in WebJars, and a changed byte still
 * fails the comparison. The site is built from a copy in a temporary folder, so the output cannot depend on where
 * the repository is checked out.
 */
class SampleSiteGoldenTest {

    private static final Path EXPECTED = Golden.ROOT.resolve("sample-site");
    private static final List<String> SITE_FILES = List.of("site.yml", "platform-pages.txt", "content", "static",
            "data", "templates");
    private static final String ASSETS = "assets/";
    private static final String CHECKSUMS = "assets.sha256";

    @TempDir
    Path dir;

    @Test
    void buildsExactlyTheCheckedInOutput() throws Exception {
        Path site = dir.resolve("site");
        for (String name : SITE_FILES) {
            TreeCopy.copy(Path.of(name), site.resolve(name));
        }
        Path out = dir.resolve("out");
        var config = ConfigLoader.load(site, new ConfigOverrides(null, null, null, out, null, true, null, null));
        BuildResult result = new SiteBuilder(config, TestSite.CLOCK).build(SiteBuilder.Mode.BUILD);
        assertEquals(List.of(), result.problems().stream().map(p -> p.format()).toList());
        assertFalse(result.failed(), result.failure());

        Golden.assertTree(EXPECTED, comparable(Golden.readTree(out)));
    }

    /** The output with the theme's assets replaced by one checksum list. */
    static SortedMap<String, byte[]> comparable(SortedMap<String, byte[]> output) throws NoSuchAlgorithmException {
        SortedMap<String, byte[]> files = new TreeMap<>();
        StringBuilder checksums = new StringBuilder();
        MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
        for (Map.Entry<String, byte[]> e : output.entrySet()) {
            if (e.getKey().startsWith(ASSETS)) {
                checksums.append(HexFormat.of().formatHex(sha256.digest(e.getValue()))).append("  ")
                        .append(e.getValue().length).append("  ").append(e.getKey()).append('\n');
            } else {
                files.put(e.getKey(), e.getValue());
            }
        }
        files.put(CHECKSUMS, checksums.toString().getBytes(StandardCharsets.UTF_8));
        return files;
    }
}
