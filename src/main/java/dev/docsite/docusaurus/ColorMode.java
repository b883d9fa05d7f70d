package dev.docsite.docusaurus;

/**
 * {@code themeConfig.colorMode}.
 *
 * @param defaultMode {@code light} (default) or {@code dark}
 * @param disableSwitch whether the light/dark switch is hidden
 * @param respectPrefersColorScheme whether the reader's system preference wins over {@code defaultMode}
 */
public record ColorMode(String defaultMode, boolean disableSwitch, boolean respectPrefersColorScheme) {
}
