package dev.docsite.docusaurus;

import java.util.List;
import java.util.Optional;

/**
 * The parts of {@code themeConfig} docsite renders, with the site's {@code favicon} (a top-level option, but like
 * the rest a part of every page's chrome).
 *
 * @param navbar the navbar (empty items when not configured)
 * @param footer the footer, absent when not configured
 * @param colorMode light/dark mode settings
 * @param image the social card image ({@code themeConfig.image}), site-relative path or URL
 * @param favicon the site's {@code favicon}: a path in the static folders or a URL
 * @param docs {@code themeConfig.docs}: the docs sidebar's hide button and auto-collapse, version persistence
 */
public record ThemeConfig(Navbar navbar, Optional<Footer> footer, ColorMode colorMode, Optional<String> image,
        Optional<String> favicon, DocsTheme docs) {

    /** A theme configuration with the classic theme's {@code docs} defaults. */
    public ThemeConfig(Navbar navbar, Optional<Footer> footer, ColorMode colorMode, Optional<String> image,
                       Optional<String> favicon) {
        this(navbar, footer, colorMode, image, favicon, DocsTheme.DEFAULT);
    }

    /** A theme configuration without a favicon. */
    public ThemeConfig(Navbar navbar, Optional<Footer> footer, ColorMode colorMode, Optional<String> image) {
        this(navbar, footer, colorMode, image, Optional.empty());
    }

    /** A site without {@code themeConfig} (a {@code site.yml} site): no navbar items, no footer, light by default. */
    public static ThemeConfig none() {
        return new ThemeConfig(new Navbar(Optional.empty(), Optional.empty(), List.of()), Optional.empty(),
                new ColorMode("light", false, true), Optional.empty());
    }

    /** This configuration with {@code favicon} replaced. */
    public ThemeConfig withFavicon(Optional<String> value) {
        return new ThemeConfig(navbar, footer, colorMode, image, value, docs);
    }
}
