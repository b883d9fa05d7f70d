package dev.docsite.config;

import dev.docsite.docusaurus.DocusaurusSite;
import dev.docsite.docusaurus.PluginReference;
import dev.docsite.problem.Problem;
import dev.docsite.problem.ProblemCode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The warnings a Docusaurus site gets for what docsite does not build, one per thing, so that nothing the
 * configuration asks for is dropped silently: presets, plugins and themes docsite does not run,
 * React pages, other locales, and npm modules the configuration required that docsite does not have.
 */
final class DocusaurusNotices {

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
        if (!site.missingModules().isEmpty()) {
            notices.add(warning(configFile, "the configuration required npm modules docsite does not provide ("
                    + String.join(", ", site.missingModules()) + "); whatever it computed from them is left out"));
        }
        return notices;
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
