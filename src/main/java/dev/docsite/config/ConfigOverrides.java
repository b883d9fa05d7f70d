package dev.docsite.config;

import java.nio.file.Path;
import java.util.List;

/**
 * Values given on the command line; {@code null} means "not given, use site.yml or the default".
 *
 * @param allowOutside folders or files outside the site root that the site's paths may point into
 *                     ({@code --allow-outside}, repeatable); empty when none
 */
public record ConfigOverrides(
        Path contentDir,
        Path staticDir,
        Path templatesDir,
        Path outDir,
        String baseUrl,
        Boolean strict,
        Path reportFile,
        String feed,
        List<Path> allowOutside) {

    public ConfigOverrides {
        allowOutside = allowOutside == null ? List.of() : List.copyOf(allowOutside);
    }

    /** Overrides allowing no path outside the site root. */
    public ConfigOverrides(Path contentDir, Path staticDir, Path templatesDir, Path outDir, String baseUrl,
                           Boolean strict, Path reportFile, String feed) {
        this(contentDir, staticDir, templatesDir, outDir, baseUrl, strict, reportFile, feed, List.of());
    }

    public static ConfigOverrides none() {
        return new ConfigOverrides(null, null, null, null, null, null, null, null);
    }
}
