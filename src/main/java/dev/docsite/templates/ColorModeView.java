package dev.docsite.templates;

/**
 * How a page chooses light or dark ({@code themeConfig.colorMode}).
 *
 * @param defaultMode   {@code light} or {@code dark}: the mode when the reader chose none and the system's is not used
 * @param switchShown   whether the light/dark switch is shown ({@code disableSwitch: false}); without it a choice
 *                      remembered earlier is ignored, as in Docusaurus
 * @param followsSystem whether the reader's system preference wins over {@code defaultMode}
 */
public record ColorModeView(String defaultMode, boolean switchShown, boolean followsSystem) {

    /** docsite's own behaviour: light, the system's preference followed, the switch shown. */
    public static final ColorModeView STANDARD = new ColorModeView("light", true, true);

    /** Whether this is {@link #STANDARD}; the theme then writes its original, shorter head script. */
    public boolean isStandard() {
        return equals(STANDARD);
    }
}
