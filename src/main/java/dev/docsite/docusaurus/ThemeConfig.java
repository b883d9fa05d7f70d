package dev.docsite.docusaurus;

import java.util.List;
import java.util.Optional;

/**
 * The parts of {@code themeConfig} docsite renders.
 *
 * @param navbar the navbar (empty items when not configured)
 * @param footer the footer, absent when not configured
 * @param colorMode light/dark mode settings
 * @param image the social card image ({@code themeConfig.image}), site-relative path or URL
 */
public record ThemeConfig(Navbar navbar, Optional<Footer> footer, ColorMode colorMode, Optional<String> image) {

    /** A site without {@code themeConfig} (a {@code site.yml} site): no navbar items, no footer, light by default. */
    public static ThemeConfig none() {
        return new ThemeConfig(new Navbar(Optional.empty(), Optional.empty(), List.of()), Optional.empty(),
                new ColorMode("light", false, true), Optional.empty());
    }
}
