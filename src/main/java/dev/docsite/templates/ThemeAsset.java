package dev.docsite.templates;

import java.nio.file.Path;

/**
 * One static file of the theme as it goes into the site: a built-in asset or vendor library read from the classpath,
 * or a file of the site's {@code templates/assets/} folder that adds to or replaces one.
 *
 * @param sitePath where it goes in the site ({@code assets/docsite.css}, {@code assets/vendor/highlight.min.js})
 * @param override the site's file, or {@code null} for a built-in asset
 * @param builtIn  the built-in asset's bytes, or {@code null} for an override (read when it is written)
 */
public record ThemeAsset(String sitePath, Path override, byte[] builtIn) {

    public ThemeAsset {
        if ((override == null) == (builtIn == null)) {
            throw new IllegalArgumentException("a theme asset is either built in or an override: " + sitePath);
        }
    }
}
