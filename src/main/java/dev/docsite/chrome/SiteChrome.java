package dev.docsite.chrome;

import dev.docsite.config.SiteConfig;
import dev.docsite.content.Page;
import dev.docsite.docusaurus.ColorMode;
import dev.docsite.docusaurus.Footer;
import dev.docsite.docusaurus.FooterColumn;
import dev.docsite.docusaurus.FooterLink;
import dev.docsite.docusaurus.Logo;
import dev.docsite.docusaurus.Navbar;
import dev.docsite.docusaurus.ThemeConfig;
import dev.docsite.links.SiteIndex;
import dev.docsite.links.UrlText;
import dev.docsite.nav.DocVersions;
import dev.docsite.nav.Navigation;
import dev.docsite.problem.Problem;
import dev.docsite.templates.ColorModeView;
import dev.docsite.templates.DocsThemeView;
import dev.docsite.templates.FooterView;
import dev.docsite.templates.FooterView.FooterColumnView;
import dev.docsite.templates.FooterView.FooterLinkView;
import dev.docsite.templates.LogoView;
import dev.docsite.templates.NavbarItemView;
import dev.docsite.templates.NavbarView;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A site's chrome ({@link SiteConfig#theme()}: navbar, footer, favicon, social card, colour mode) bound to its pages
 * and sidebars once, and seen from each page: every internal URL relative to the page, the active navbar item
 * marked. A {@code site.yml} site ({@link ThemeConfig#none()}) has no navbar or footer views: the theme shows
 * docsite's own header and footer. Immutable and thread-safe.
 */
public final class SiteChrome {

    private final SiteConfig config;
    private final ChromeTargets targets;
    private final List<ResolvedItem> items;
    private final Optional<Navbar> navbar;
    private final List<Problem> problems;
    private final DocVersions versions;

    private SiteChrome(SiteConfig config, SiteIndex index, Navigation navigation) {
        this.config = config;
        this.targets = new ChromeTargets(config, index, navigation);
        ChromeLinkCheck check = new ChromeLinkCheck(config, targets);
        ThemeConfig theme = config.theme();
        Navbar bar = theme.navbar();
        this.navbar = bar.title().isPresent() || bar.logo().isPresent() || !bar.items().isEmpty()
                ? Optional.of(bar) : Optional.empty();
        this.versions = DocVersions.of(config.contentRoots(), index, navigation.sidebars());
        this.items = new NavbarItems(targets, index, navigation, versions, check, config.baseUrl())
                .resolve(bar.items());
        bar.logo().ifPresent(logo -> checkLogo(logo, check));
        theme.footer().ifPresent(footer -> {
            for (FooterColumn column : footer.columns()) {
                for (FooterLink link : column.items()) {
                    if (link.html().isEmpty()) {
                        String key = link.to().isPresent() ? "to" : "href";
                        check.link(targets.resolve(link.to().or(link::href).orElseThrow()), key,
                                "footer link '" + link.label().orElse("") + "'");
                    }
                }
            }
            footer.logo().ifPresent(logo -> checkLogo(logo, check));
        });
        theme.favicon().ifPresent(favicon -> check.image("favicon", favicon));
        theme.image().ifPresent(image -> check.image("image", image));
        this.problems = check.problems();
    }

    /** Binds {@code config}'s chrome to the site's pages ({@code index}) and sidebars ({@code navigation}). */
    public static SiteChrome of(SiteConfig config, SiteIndex index, Navigation navigation) {
        return new SiteChrome(config, index, navigation);
    }

    /** Broken navbar and footer links, missing images and unsupported navbar items, against the configuration file. */
    public List<Problem> problems() {
        return problems;
    }

    /** The docs versions of the site's docs plugins and their pages. */
    public DocVersions versions() {
        return versions;
    }

    /** {@code themeConfig.docs} as the templates apply it. */
    public DocsThemeView docs() {
        var docs = config.theme().docs();
        return new DocsThemeView(docs.sidebarHideable(), docs.autoCollapseCategories(),
                !docs.versionPersistence().equals("none"));
    }

    /** The light/dark settings. */
    public ColorModeView colorMode() {
        ColorMode mode = config.theme().colorMode();
        return new ColorModeView(mode.defaultMode(), !mode.disableSwitch(), mode.respectPrefersColorScheme());
    }

    /**
     * The navbar seen from {@code page}, or {@code null} when none is configured.
     *
     * @param page the page shown, or {@code null} for a page that is none of the site's (404): no item is active
     * @param root the way from that page to the site root ({@code ../../}, or the base URL)
     */
    public NavbarView navbar(Page page, String root) {
        if (navbar.isEmpty()) {
            return null;
        }
        Navbar bar = navbar.get();
        String home = home(root);
        LogoView logo = bar.logo().map(l -> logo(l, root, bar.title().isPresent() ? "" : config.title()))
                .orElse(null);
        String title = bar.title().orElse(logo == null ? config.title() : null);
        String brandHref = logo != null && logo.href() != null ? logo.href() : home;
        List<NavbarItemView> left = new ArrayList<>();
        List<NavbarItemView> right = new ArrayList<>();
        for (ResolvedItem item : items) {
            (item.right() ? right : left).add(item.view(page, root));
        }
        boolean searchPlaced = items.stream().anyMatch(i -> i.kind() == NavbarItemView.Kind.SEARCH);
        return new NavbarView(title, logo == null ? null : withoutHref(logo), brandHref, left, right, searchPlaced);
    }

    /** The configured footer seen from a page whose way to the site root is {@code root}, or {@code null}. */
    public FooterView footer(String root) {
        Optional<Footer> configured = config.theme().footer();
        if (configured.isEmpty()) {
            return null;
        }
        Footer footer = configured.get();
        List<FooterColumnView> columns = new ArrayList<>();
        for (FooterColumn column : footer.columns()) {
            List<FooterLinkView> links = new ArrayList<>();
            for (FooterLink link : column.items()) {
                if (link.html().isPresent()) {
                    links.add(new FooterLinkView(null, null, false, link.html().get()));
                } else {
                    ChromeTarget target = targets.resolve(link.to().or(link::href).orElseThrow());
                    links.add(new FooterLinkView(link.label().orElse(""), target.href(root), target.external(), null));
                }
            }
            columns.add(new FooterColumnView(column.title().orElse(null), links));
        }
        LogoView logo = footer.logo().map(l -> logo(l, root, "")).orElse(null);
        return new FooterView(footer.style(), columns, footer.copyright().orElse(null), logo);
    }

    /** The favicon's URL from {@code root}, or {@code null}. */
    public String favicon(String root) {
        return config.theme().favicon().map(f -> image(f, root)).orElse(null);
    }

    /**
     * The social card of pages without a frontmatter {@code image}: absolute from the site's {@code url} when it has
     * one (as Docusaurus writes it), else from {@code root}; {@code null} when none is configured.
     */
    public String socialImage(String root) {
        Optional<String> image = config.theme().image();
        if (image.isEmpty()) {
            return null;
        }
        String value = image.get();
        if (config.url() != null && !ChromeTargets.isExternal(value)) {
            return config.url() + config.baseUrl() + UrlText.encodePath(targets.sitePath(value));
        }
        return image(value, root);
    }

    private String image(String value, String root) {
        return ChromeTargets.isExternal(value) ? value : targets.resolve(value).href(root);
    }

    /** {@code fallbackAlt}: as Docusaurus, the site title when no navbar title is shown beside the logo, else "". */
    private LogoView logo(Logo logo, String root, String fallbackAlt) {
        ChromeTarget href = logo.href().map(targets::resolve).orElse(null);
        return new LogoView(image(logo.src(), root), logo.srcDark().map(s -> image(s, root)).orElse(null),
                logo.alt().orElse(fallbackAlt), href == null ? null : href.href(root), href != null && href.external(),
                logo.width().orElse(null), logo.height().orElse(null));
    }

    /** The navbar's logo sits inside the brand link, which carries its {@code href}. */
    private static LogoView withoutHref(LogoView logo) {
        return new LogoView(logo.src(), logo.srcDark(), logo.alt(), null, logo.external(), logo.width(), logo.height());
    }

    private void checkLogo(Logo logo, ChromeLinkCheck check) {
        check.image("src", logo.src());
        logo.srcDark().ifPresent(dark -> check.image("srcDark", dark));
        logo.href().ifPresent(href -> check.link(targets.resolve(href), "href", "logo"));
    }

    private static String home(String root) {
        return root.isEmpty() ? "./" : root;
    }
}
