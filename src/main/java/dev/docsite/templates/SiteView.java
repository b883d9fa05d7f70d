package dev.docsite.templates;

/**
 * Site-wide values every template sees as {@code site}.
 *
 * @param title     site title
 * @param tagline   optional tagline, or {@code null}
 * @param baseUrl   path prefix the site is served under ({@code /docs/})
 * @param version   docsite version, for the generator meta tag
 * @param params    free-form {@code params:} from site.yml
 * @param colorMode light/dark settings
 * @param feeds     the blogs' feeds, linked from the head of every page
 * @param docs      the docs sidebar's and versions' behaviour ({@code themeConfig.docs})
 */
public record SiteView(String title, String tagline, String baseUrl, String version, java.util.Map<String, Object> params,
                       ColorModeView colorMode, java.util.List<FeedLinkView> feeds, DocsThemeView docs) {

    public SiteView {
        feeds = java.util.List.copyOf(feeds);
    }

    /** A site with the default docs behaviour. */
    public SiteView(String title, String tagline, String baseUrl, String version, java.util.Map<String, Object> params,
                    ColorModeView colorMode, java.util.List<FeedLinkView> feeds) {
        this(title, tagline, baseUrl, version, params, colorMode, feeds, DocsThemeView.DEFAULT);
    }

    /** A site without feeds. */
    public SiteView(String title, String tagline, String baseUrl, String version, java.util.Map<String, Object> params,
                    ColorModeView colorMode) {
        this(title, tagline, baseUrl, version, params, colorMode, java.util.List.of());
    }

    /** A site with docsite's own light/dark behaviour. */
    public SiteView(String title, String tagline, String baseUrl, String version, java.util.Map<String, Object> params) {
        this(title, tagline, baseUrl, version, params, ColorModeView.STANDARD);
    }
}
