package dev.docsite.config;

import java.nio.file.Path;

/** Values given on the command line; {@code null} means "not given, use site.yml or the default". */
public record ConfigOverrides(
        Path contentDir,
        Path staticDir,
        Path templatesDir,
        Path outDir,
        String baseUrl,
        Boolean strict,
        Path reportFile,
        String feed) {

    public static ConfigOverrides none() {
        return new ConfigOverrides(null, null, null, null, null, null, null, null);
    }
}
