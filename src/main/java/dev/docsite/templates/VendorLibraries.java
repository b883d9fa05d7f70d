package dev.docsite.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Third-party browser libraries the theme uses (syntax highlighting, Mermaid diagrams, KaTeX formulas), read out of
 * their WebJars so built sites work offline. Output names carry no version, so templates need not change when a WebJar is upgraded.
 */
final class VendorLibraries {

    /** One file of a WebJar: where it is inside {@code META-INF/resources/webjars/<name>/<version>/} and its output name. */
    private record VendorFile(String pathInWebJar, String outputName) {
    }

    /**
     * @param fallbackVersion used only when the WebJar's pom.properties was stripped (e.g. by a repackaging); keep in
     *                        step with pom.xml
     */
    private record WebJar(String mavenGroup, String name, String fallbackVersion, List<VendorFile> files) {
    }

    private static final List<String> KATEX_FONTS = List.of("AMS-Regular", "Caligraphic-Bold",
            "Caligraphic-Regular", "Fraktur-Bold", "Fraktur-Regular", "Main-Bold", "Main-BoldItalic", "Main-Italic",
            "Main-Regular", "Math-BoldItalic", "Math-Italic", "SansSerif-Bold", "SansSerif-Italic", "SansSerif-Regular",
            "Script-Regular", "Size1-Regular", "Size2-Regular", "Size3-Regular", "Size4-Regular", "Typewriter-Regular");

    private static final List<WebJar> WEBJARS = List.of(
            new WebJar("org.webjars", "highlightjs", "11.10.0", List.of(
                    new VendorFile("highlight.min.js", "highlight.min.js"),
                    new VendorFile("styles/github.min.css", "github.min.css"),
                    new VendorFile("styles/github-dark.min.css", "github-dark.min.css"))),
            // Not a WebJar: Maven Central serves no mermaid here, so the npm package's bundle is kept in the source
            // tree in a WebJar's layout (src/main/resources/META-INF/resources/webjars/mermaid/), with its licence.
            new WebJar("docsite.vendored", "mermaid", "11.12.0", List.of(
                    new VendorFile("dist/mermaid.min.js", "mermaid.min.js"))),
            // Not a WebJar either (Maven Central here refuses org.webjars.npm:katex): the npm package's dist files,
            // kept the same way. Only the woff2 fonts: every browser that runs KaTeX reads them, and katex.min.css
            // lists woff2 first, so the woff and ttf copies would never be fetched.
            new WebJar("docsite.vendored", "katex", "0.16.22", katex()));

    private static List<VendorFile> katex() {
        List<VendorFile> files = new ArrayList<>(List.of(new VendorFile("dist/katex.min.js", "katex/katex.min.js"),
                new VendorFile("dist/katex.min.css", "katex/katex.min.css")));
        for (String font : KATEX_FONTS) {
            String name = "KaTeX_" + font + ".woff2";
            files.add(new VendorFile("dist/fonts/" + name, "katex/fonts/" + name));
        }
        return List.copyOf(files);
    }

    private final ClassLoader classLoader;

    VendorLibraries(ClassLoader classLoader) {
        this.classLoader = classLoader;
    }

    /** Output file names read by {@link #read}, relative to the vendor folder. */
    static List<String> outputNames() {
        return WEBJARS.stream().flatMap(w -> w.files().stream()).map(VendorFile::outputName).toList();
    }

    /** @return each library file's bytes by its output name */
    Map<String, byte[]> read() {
        Map<String, byte[]> files = new LinkedHashMap<>();
        try {
            for (WebJar webJar : WEBJARS) {
                String base = "META-INF/resources/webjars/" + webJar.name() + "/" + version(webJar) + "/";
                for (VendorFile file : webJar.files()) {
                    try (InputStream in = classLoader.getResourceAsStream(base + file.pathInWebJar())) {
                        if (in == null) {
                            throw new IllegalStateException("Missing " + base + file.pathInWebJar()
                                    + " on the classpath; the docsite jar is incomplete.");
                        }
                        files.put(file.outputName(), in.readAllBytes());
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the vendor libraries: " + e.getMessage(), e);
        }
        return files;
    }

    private String version(WebJar webJar) throws IOException {
        String pom = "META-INF/maven/" + webJar.mavenGroup() + "/" + webJar.name() + "/pom.properties";
        try (InputStream in = classLoader.getResourceAsStream(pom)) {
            if (in == null) {
                return webJar.fallbackVersion();
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", webJar.fallbackVersion());
        }
    }
}
