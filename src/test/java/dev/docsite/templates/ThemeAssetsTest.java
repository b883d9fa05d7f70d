package dev.docsite.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeAssetsTest {

    @TempDir
    Path tmp;

    @Test
    void copiesBuiltInThemeAssets() throws Exception {
        Path out = tmp.resolve("site");

        new ThemeRenderer(tmp.resolve("no-templates")).copyAssets(out);

        assertTrue(Files.readString(out.resolve("assets/docsite.css")).contains(".admonition-title"));
        assertTrue(Files.readString(out.resolve("assets/docsite.js")).contains("search-index.json"));
    }

    @Test
    void copiesVendorLibrariesFromTheWebJars() throws Exception {
        Path out = tmp.resolve("site");

        new ThemeRenderer(tmp.resolve("no-templates")).copyAssets(out);

        Path vendor = out.resolve("assets/vendor");
        assertTrue(Files.readString(vendor.resolve("highlight.min.js")).contains("highlightAll"));
        assertTrue(Files.readString(vendor.resolve("github.min.css")).contains(".hljs"));
        assertTrue(Files.readString(vendor.resolve("github-dark.min.css")).contains(".hljs"));
        assertTrue(Files.readString(vendor.resolve("lunr.min.js")).contains("lunr"));
        assertEquals(VendorLibraries.outputNames().size(), countFiles(vendor));
    }

    @Test
    void siteAssetOverridesWinFileByFileAndMayAddFiles() throws Exception {
        Path templates = tmp.resolve("templates");
        Files.createDirectories(templates.resolve("assets/img"));
        Files.writeString(templates.resolve("assets/docsite.css"), "body { color: hotpink; }");
        Files.writeString(templates.resolve("assets/img/logo.svg"), "<svg/>");
        Path out = tmp.resolve("site");

        new ThemeRenderer(templates).copyAssets(out);

        assertEquals("body { color: hotpink; }", Files.readString(out.resolve("assets/docsite.css")));
        assertEquals("<svg/>", Files.readString(out.resolve("assets/img/logo.svg")));
        assertTrue(Files.readString(out.resolve("assets/docsite.js")).contains("search-index.json"),
                "files not overridden still come from the built-in theme");
    }

    @Test
    void copyingTwiceOverwritesEarlierOutput() throws Exception {
        Path out = tmp.resolve("site");
        Files.createDirectories(out.resolve("assets"));
        Files.writeString(out.resolve("assets/docsite.css"), "stale");

        new ThemeRenderer(tmp.resolve("no-templates")).copyAssets(out);

        assertTrue(Files.readString(out.resolve("assets/docsite.css")).contains(".admonition"));
    }

    @Test
    void copiesBuiltInAssetsOutOfAJar() throws Exception {
        Path jar = tmp.resolve("theme.jar");
        try (var zip = new java.util.zip.ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new java.util.zip.ZipEntry("docsite-theme/assets/docsite.css"));
            zip.write("/* from jar */".getBytes(java.nio.charset.StandardCharsets.UTF_8));
            zip.closeEntry();
            zip.putNextEntry(new java.util.zip.ZipEntry("docsite-theme/assets/fonts/a.woff2"));
            zip.write(new byte[] {1, 2, 3});
            zip.closeEntry();
        }
        Path out = tmp.resolve("assets");

        try (var loader = new java.net.URLClassLoader(new java.net.URL[] {jar.toUri().toURL()}, null)) {
            new ClasspathFolder(loader, "docsite-theme/assets").copyTo(out, "docsite.css");
        }

        assertEquals("/* from jar */", Files.readString(out.resolve("docsite.css")));
        assertEquals(3, Files.size(out.resolve("fonts/a.woff2")));
    }

    private static long countFiles(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.count();
        }
    }
}
