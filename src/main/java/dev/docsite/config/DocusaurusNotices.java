package dev.docsite.config;

import dev.docsite.docusaurus.DocusaurusSite;
import dev.docsite.docusaurus.PluginReference;
import dev.docsite.problem.Problem;
import dev.docsite.problem.ProblemCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The warnings a Docusaurus site gets for what docsite does not build, one per thing, so that nothing the
 * configuration asks for is dropped silently: presets, plugins and themes docsite does not run,
 * React pages, other locales, {@code themeConfig} options its theme does not apply, and npm modules the configuration required that docsite does not have.
 */
final class DocusaurusNotices {

    /** What {@code ThemeConfigReader} reads of {@code themeConfig}. */
    private static final Set<String> APPLIED_THEME_KEYS = Set.of("navbar", "footer", "colorMode", "image", "docs");

    private DocusaurusNotices() {
    }

    /**
     * @param configFile the configuration file as shown to the user; every warning is located there
     * @param root the site folder
     */
    static List<Problem> of(DocusaurusSite site, List<ReactPages.Page> reactPages, String configFile, Path root) {
        List<Problem> notices = new ArrayList<>();
        for (PluginReference plugin : site.unknownPlugins()) {
            notices.add(warning(configFile, "the " + plugin.kind() + " '" + plugin.name() + "' is not run by docsite;"
                    + " what it adds to the site (pages, components, scripts) is missing"));
        }
        if (!reactPages.isEmpty()) {
            notices.add(warning(configFile, reactPages.size() + " React page(s) cannot be rendered and are not built: "
                    + reactPages.stream().map(page -> "/" + page.route() + " ("
                            + DocusaurusSiteConfig.display(root, page.file()) + ")").collect(Collectors.joining(", "))
                    + "; links to them are not reported"));
        }
        List<String> locales = locales(site.raw().get("i18n"));
        if (locales.size() > 1) {
            notices.add(warning(configFile, "only the default locale is built; the locales " + String.join(", ",
                    locales.subList(1, locales.size())) + " (i18n.locales) are not"));
        }
        List<String> themeKeys = unappliedThemeKeys(site.raw().get("themeConfig"));
        if (!themeKeys.isEmpty()) {
            notices.add(warning(configFile, "themeConfig." + String.join(", themeConfig.", themeKeys) + " "
                    + (themeKeys.size() == 1 ? "is" : "are") + " not applied by docsite's theme; its own defaults"
                    + " are used instead (docsite applies themeConfig.navbar, footer, colorMode, image and docs)"));
        }
        if (!site.missingModules().isEmpty()) {
            notices.add(warning(configFile, "the configuration required npm modules docsite does not provide ("
                    + String.join(", ", site.missingModules()) + "); whatever it computed from them is left out"));
        }
        return notices;
    }

    /** The keys of {@code themeConfig} that {@code ThemeConfigReader} does not read, in the order written. */
    private static List<String> unappliedThemeKeys(Object themeConfig) {
        if (!(themeConfig instanceof Map<?, ?> options)) {
            return List.of();
        }
        List<String> keys = new ArrayList<>();
        for (Object key : options.keySet()) {
            if (key instanceof String name && !APPLIED_THEME_KEYS.contains(name)) {
                keys.add(name);
            }
        }
        return keys;
    }

    /** {@code i18n.locales} with the default locale first, or none when the site has no {@code i18n}. */
    private static List<String> locales(Object i18n) {
        if (!(i18n instanceof Map<?, ?> options) || !(options.get("locales") instanceof List<?> list)) {
            return List.of();
        }
        List<String> locales = new ArrayList<>();
        Object defaultLocale = options.get("defaultLocale");
        if (defaultLocale instanceof String first) {
            locales.add(first);
        }
        for (Object locale : list) {
            if (locale instanceof String name && !locales.contains(name)) {
                locales.add(name);
            }
        }
        return locales;
    }

    private static Problem warning(String configFile, String message) {
        return Problem.warning(ProblemCode.DOCUSAURUS_UNSUPPORTED, configFile, 0, 0, message);
    }
}
