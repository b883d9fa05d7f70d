package dev.docsite.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeAssetsTest {

    /** The built-in theme's assets as kept in the repository (packaged into the jar as {@code docsite-theme/}). */
    private static final Path THEME = Path.of("templates", "assets");

    @TempDir
    Path tmp;

    private static Map<String, ThemeAsset> bySitePath(ThemeRenderer theme) {
        Map<String, ThemeAsset> all = new TreeMap<>();
        theme.assets().forEach(a -> all.put(a.sitePath(), a));
        return all;
    }

    private static String text(ThemeAsset asset) throws Exception {
        return asset.builtIn() != null ? new String(asset.builtIn(), StandardCharsets.UTF_8)
                : Files.readString(asset.override());
    }

    @Test
    void listsBuiltInThemeAssets() throws Exception {
        Map<String, ThemeAsset> assets = bySitePath(new ThemeRenderer(tmp.resolve("no-templates")));

        assertTrue(text(assets.get("assets/docsite.css")).contains(".admonition-title"));
        assertTrue(text(assets.get("assets/search.js")).contains("docsiteSearchData"));
    }

    @Test
    void listsVendorLibrariesFromTheWebJars() throws Exception {
        Map<String, ThemeAsset> assets = bySitePath(new ThemeRenderer(tmp.resolve("no-templates")));

        assertTrue(text(assets.get("assets/vendor/highlight.min.js")).contains("highlightAll"));
        assertTrue(text(assets.get("assets/vendor/github.min.css")).contains(".hljs"));
        assertTrue(text(assets.get("assets/vendor/github-dark.min.css")).contains(".hljs"));
        assertEquals(VendorLibraries.outputNames().size(),
                assets.keySet().stream().filter(p -> p.startsWith("assets/vendor/")).count());
    }

    @Test
    void siteAssetOverridesWinFileByFileAndMayAddFiles() throws Exception {
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates.resolve("assets/img"));
        Files.writeString(templates.resolve("assets/docsite.css"), "body { color: hotpink; }");
        Files.writeString(templates.resolve("assets/img/logo.svg"), "<svg/>");

        Map<String, ThemeAsset> assets = bySitePath(new ThemeRenderer(templates));

        assertEquals(templates.resolve("assets/docsite.css"), assets.get("assets/docsite.css").override());
        assertNull(assets.get("assets/docsite.css").builtIn());
        assertEquals("<svg/>", text(assets.get("assets/img/logo.svg")));
        assertTrue(text(assets.get("assets/search.js")).contains("docsiteSearchData"),
                "files not overridden still come from the built-in theme");
    }

    @Test
    void builtInCssAndScriptsAreMinifiedAndACopyOfABuiltInFileOverridesNothing() throws Exception {
        Map<String, ThemeAsset> builtIn = bySitePath(new ThemeRenderer(tmp.resolve("no-templates")));
        String css = text(builtIn.get("assets/docsite.css"));
        assertEquals(-1, css.indexOf("/*"), "no comments");
        assertEquals(-1, css.indexOf('\n'), "one line");
        assertEquals(-1, text(builtIn.get("assets/docsite.js")).indexOf("\n  "), "no indentation");

        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates.resolve("assets"));
        byte[] source = getClass().getClassLoader().getResourceAsStream("docsite-theme/assets/docsite.css").readAllBytes();
        Files.write(templates.resolve("assets/docsite.css"), source);
        ThemeAsset copy = bySitePath(new ThemeRenderer(templates)).get("assets/docsite.css");
        assertNull(copy.override());
        assertEquals(css, text(copy));
    }

    @Test
    void symbolicLinksInTheSiteAssetsAreNotFollowed() throws Exception {
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates.resolve("assets"));
        Path secret = Files.writeString(tmp.resolve("secret.txt"), "outside the site");
        Files.createSymbolicLink(templates.resolve("assets/leak.txt"), secret);

        Map<String, ThemeAsset> assets = bySitePath(new ThemeRenderer(templates));

        assertNull(assets.get("assets/leak.txt"));
    }

    @Test
    void readsBuiltInAssetsOutOfAJar() throws Exception {
        Path jar = tmp.resolve("theme.jar");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("docsite-theme/assets/docsite.css"));
            zip.write("/* from jar */".getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("docsite-theme/assets/fonts/a.woff2"));
            zip.write(new byte[] {1, 2, 3});
            zip.closeEntry();
        }

        Map<String, byte[]> files;
        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null)) {
            files = new ClasspathFolder(loader, "docsite-theme/assets").read("docsite.css");
        }

        assertEquals("/* from jar */", new String(files.get("docsite.css"), StandardCharsets.UTF_8));
        assertEquals(3, files.get("fonts/a.woff2").length);
        assertEquals(2, files.size());
    }
}
