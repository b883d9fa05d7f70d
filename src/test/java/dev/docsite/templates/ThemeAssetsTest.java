package dev.docsite.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ThemeAssetsTest {

    /** The built-in theme's assets as kept in the repository (packaged into the jar as {@code docsite-theme/}). */
    private static final Path THEME = Path.of("templates", "assets");

    @TempDir
    Path tmp;

    @Test
    void copiesBuiltInThemeAssets() throws Exception {
        Path out = tmp.resolve("site");

        new ThemeRenderer(tmp.resolve("no-templates")).copyAssets(out);

        assertSameBytes(THEME.resolve("docsite.css"), out.resolve("assets/docsite.css"));
        assertSameBytes(THEME.resolve("docsite.js"), out.resolve("assets/docsite.js"));
        assertSameBytes(THEME.resolve("kpi.css"), out.resolve("assets/kpi.css"));
    }

    @Test
    void copiesVendorLibrariesFromTheWebJars() throws Exception {
        Path out = tmp.resolve("site");

        new ThemeRenderer(tmp.resolve("no-templates")).copyAssets(out);

        Path vendor = out.resolve("assets/vendor");
        assertArrayEquals(webJarFile("highlightjs/11.10.0/highlight.min.js"), Files.readAllBytes(vendor.resolve("highlight.min.js")));
        assertArrayEquals(webJarFile("highlightjs/11.10.0/styles/github.min.css"),
                Files.readAllBytes(vendor.resolve("github.min.css")));
        assertArrayEquals(webJarFile("highlightjs/11.10.0/styles/github-dark.min.css"),
                Files.readAllBytes(vendor.resolve("github-dark.min.css")));
        assertArrayEquals(webJarFile("lunr/2.3.9/lunr.min.js"), Files.readAllBytes(vendor.resolve("lunr.min.js")));
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
        assertSameBytes(THEME.resolve("docsite.js"), out.resolve("assets/docsite.js"));
    }

    @Test
    void copyingTwiceOverwritesEarlierOutput() throws Exception {
        Path out = tmp.resolve("site");
        Files.createDirectories(out.resolve("assets"));
        Files.writeString(out.resolve("assets/docsite.css"), "stale");

        new ThemeRenderer(tmp.resolve("no-templates")).copyAssets(out);

        assertSameBytes(THEME.resolve("docsite.css"), out.resolve("assets/docsite.css"));
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

    private static void assertSameBytes(Path expected, Path actual) throws Exception {
        assertArrayEquals(Files.readAllBytes(expected), Files.readAllBytes(actual), actual + " differs from " + expected);
    }

    /** A file of a WebJar on the test class path, by its path under {@code META-INF/resources/webjars/}. */
    private static byte[] webJarFile(String path) throws Exception {
        try (InputStream in = ThemeAssetsTest.class.getClassLoader()
                .getResourceAsStream("META-INF/resources/webjars/" + path)) {
            return in.readAllBytes();
        }
    }

    private static long countFiles(Path dir) throws Exception {
        try (var files = Files.list(dir)) {
            return files.count();
        }
    }
}
