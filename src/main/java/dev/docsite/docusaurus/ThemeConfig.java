package dev.docsite.docusaurus;

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
}
