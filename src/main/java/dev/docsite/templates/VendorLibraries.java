package dev.docsite.templates;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

/**
 * Third-party browser libraries the theme uses (syntax highlighting), read out of their WebJars so built
 * sites work offline. Output names carry no version, so templates need not change when a WebJar is upgraded.
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

    private static final List<WebJar> WEBJARS = List.of(
            new WebJar("org.webjars", "highlightjs", "11.10.0", List.of(
                    new VendorFile("highlight.min.js", "highlight.min.js"),
                    new VendorFile("styles/github.min.css", "github.min.css"),
                    new VendorFile("styles/github-dark.min.css", "github-dark.min.css"))),
            // Not a WebJar: Maven Central serves no mermaid here, so the npm package's bundle is kept in the source
            // tree in a WebJar's layout (src/main/resources/META-INF/resources/webjars/mermaid/), with its licence.
            new WebJar("docsite.vendored", "mermaid", "11.12.0", List.of(
                    new VendorFile("dist/mermaid.min.js", "mermaid.min.js"))));

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
