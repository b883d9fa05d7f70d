package dev.docsite.templates;

import dev.docsite.problem.IoReason;
import freemarker.cache.ClassTemplateLoader;
import freemarker.cache.FileTemplateLoader;
import freemarker.cache.MultiTemplateLoader;
import freemarker.cache.TemplateLoader;

import freemarker.core.TemplateClassResolver;
import freemarker.template.Configuration;
import freemarker.template.Template;
import freemarker.template.TemplateException;
import freemarker.template.TemplateExceptionHandler;
import freemarker.template.TemplateNotFoundException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TimeZone;

/**
 * Renders pages with the Freemarker theme. Templates are looked up in the site's {@code templates/} folder first, so a
 * writer overrides any template (or partial, or asset) by putting a file with the same relative name there; anything
 * not overridden comes from the built-in theme on the classpath ({@code docsite-theme/}).
 *
 * <p>Thread-safe: one instance renders all pages of a build in parallel. Parsed templates are cached; a changed
 * override file is picked up within a second, which is what the preview server needs.
 */
public final class ThemeRenderer {

    /** Classpath folder of the built-in theme (the repository's {@code templates/} folder, packaged by pom.xml). */
    static final String BUILT_IN_FOLDER = "docsite-theme";

    static final String PAGE_TEMPLATE = "page.ftlh";
    static final String NOT_FOUND_TEMPLATE = "404.ftlh";
    static final String SIDEBAR_TEMPLATE = "partials/sidebar.ftlh";
    static final String POST_TEMPLATE = "blog-post.ftlh";
    static final String POST_META_TEMPLATE = "blog-post-meta.ftlh";

    private final Path siteTemplatesDir;
    private final Configuration configuration;
    private final ClassLoader classLoader = ThemeRenderer.class.getClassLoader();
    private volatile List<ThemeAsset> assets;
    private volatile Boolean builtInSidebar;
    private volatile Boolean builtInPost;

    /** @param siteTemplatesDir the site's {@code templates/} folder; it need not exist */
    public ThemeRenderer(Path siteTemplatesDir) {
        this.siteTemplatesDir = siteTemplatesDir.toAbsolutePath().normalize();
        this.configuration = createConfiguration();
    }

    /** Renders {@code page.ftlh}. */
    public String renderPage(SiteView site, PageView page) {
        return render(PAGE_TEMPLATE, site, page);
    }

    /** Renders {@code 404.ftlh}; {@code page.root} should be the site's base URL since the page is served anywhere. */
    public String renderNotFound(SiteView site, PageView page) {
        return render(NOT_FOUND_TEMPLATE, site, page);
    }

    /**
     * The theme's static files: built-in ones under {@code assets/}, vendor libraries under {@code assets/vendor/},
     * and the site's {@code templates/assets/} on top, file by file. Read once per renderer (a template change makes
     * the preview server create a new one).
     */
    public List<ThemeAsset> assets() {
        List<ThemeAsset> list = assets;
        if (list == null) {
            list = new ThemeAssets(classLoader, siteTemplatesDir.resolve("assets")).list();
            assets = list;
        }
        return list;
    }

    /**
     * Renders {@code partials/sidebar.ftlh} alone, for {@code items} seen from {@code root}. The pipeline calls this
     * once per section of the site and reuses the HTML for every page of the section, because the sidebar of a
     * large section is most of a page's HTML.
     */
    public String renderSidebar(SiteView site, java.util.List<NavItem> items, String root) {
        if (builtInSidebar()) {
            return SidebarMarkup.of(items);
        }
        return renderSidebarTemplate(site, items, root);
    }

    /**
     * Whether {@link #renderSidebar} draws the sidebar item by item ({@link #sidebarHead()}, each top-level item's
     * {@link #sidebarItem}, {@link #sidebarTail()}), so that items many sidebars share can be drawn once: true
     * unless the site overrides {@code partials/sidebar.ftlh}.
     */
    public boolean drawsSidebarByItem() {
        return builtInSidebar();
    }

    /** The built-in sidebar's markup before its top-level items. */
    public String sidebarHead() {
        return SidebarMarkup.HEAD;
    }

    /** The built-in sidebar's markup of one top-level item. */
    public String sidebarItem(NavItem item) {
        return SidebarMarkup.topLevelItem(item);
    }

    /** The built-in sidebar's markup after its top-level items. */
    public String sidebarTail() {
        return SidebarMarkup.TAIL;
    }

    /** {@code partials/sidebar.ftlh} rendered by Freemarker, the site's override or the built-in one. */
    String renderSidebarTemplate(SiteView site, java.util.List<NavItem> items, String root) {
        return render(SIDEBAR_TEMPLATE, site, Map.of("sidebar", items, "root", root));
    }

    /**
     * Whether the site draws its sidebar with the built-in partial: it has no {@code partials/sidebar.ftlh} of its
     * own, or one with the same bytes (as a copy of the theme). Then {@link SidebarMarkup} writes it.
     */
    private boolean builtInSidebar() {
        Boolean builtIn = builtInSidebar;
        if (builtIn == null) {
            builtIn = sameAsBuiltIn(SIDEBAR_TEMPLATE);
            builtInSidebar = builtIn;
        }
        return builtIn;
    }

    /** A post's header on its page (date, reading time, authors): {@code blog-post.ftlh}'s "header" part. */
    public String renderPostHeader(SiteView site, BlogViews.Post post) {
        return builtInPost() ? BlogPostMarkup.header(post)
                : renderPart(POST_TEMPLATE, site, Map.of("part", "header", "post", post));
    }

    /** A post's footer on its page: {@code blog-post.ftlh}'s "footer" part. */
    public String renderPostFooter(SiteView site, BlogViews.PostFooter footer) {
        return builtInPost() ? BlogPostMarkup.footer(footer) : renderPart(POST_TEMPLATE, site, footer.model());
    }

    /** Whether {@link BlogPostMarkup} may write a post's header and footer: the site keeps both built-in parts. */
    private boolean builtInPost() {
        Boolean builtIn = builtInPost;
        if (builtIn == null) {
            builtIn = sameAsBuiltIn(POST_TEMPLATE) && sameAsBuiltIn(POST_META_TEMPLATE);
            builtInPost = builtIn;
        }
        return builtIn;
    }

    private boolean sameAsBuiltIn(String templateName) {
        Path override = siteTemplatesDir.resolve(templateName);
        if (!Files.exists(override)) {
            return true;
        }
        try (var in = classLoader.getResourceAsStream(BUILT_IN_FOLDER + "/" + templateName)) {
            return in != null && Arrays.equals(in.readAllBytes(), Files.readAllBytes(override));
        } catch (IOException e) {
            return false; // Freemarker reads the override, and reports what is wrong with it
        }
    }

    /**
     * Renders {@code generated-index.ftlh}: the cards of a category's items (a generated-index page's body, and what
     * {@code <DocCardList />} shows), with {@code description} above them when it is not {@code null}.
     */
    public String renderCards(SiteView site, java.util.List<DocCard> cards, String description) {
        Map<String, Object> model = new java.util.HashMap<>();
        model.put("cards", cards);
        if (description != null) {
            model.put("description", description);
        }
        return render("generated-index.ftlh", site, model);
    }

    /**
     * Renders a part of a page (a blog list, a post's header): the template {@code templateName} with {@code site}
     * and its own values as {@code blog}.
     */
    public String renderPart(String templateName, SiteView site, Object blog) {
        return render(templateName, Map.of("site", site, "blog", blog), 2048);
    }

    private String render(String templateName, SiteView site, Object page) {
        return render(templateName, Map.of("site", site, "page", page), 32 * 1024);
    }

    private String render(String templateName, Map<String, Object> model, int expectedSize) {
        TextWriter out = new TextWriter(expectedSize);
        try {
            Template template = configuration.getTemplate(templateName);
            template.process(model, out);
        } catch (TemplateNotFoundException e) {
            throw new TemplateRenderException(e.getTemplateName(), 0, "template not found in "
                    + siteTemplatesDir + " nor in the built-in theme", null);
        } catch (TemplateException | IOException e) {
            throw TemplateFailure.of(e, templateName, siteTemplatesDir);
        }
        return out.toString();
    }

    private Configuration createConfiguration() {
        Configuration cfg = new Configuration(Configuration.VERSION_2_3_33);
        cfg.setTemplateLoader(templateLoader());
        // Since 2.3.33 record components read as page.title; no wrapper customisation needed.
        cfg.setObjectWrapper(new ViewObjectWrapper());
        cfg.setRecognizeStandardFileExtensions(true); // .ftlh => HTML auto-escaping
        cfg.setDefaultEncoding("UTF-8");
        cfg.setOutputEncoding("UTF-8");
        cfg.setLocale(Locale.ROOT);
        cfg.setTimeZone(TimeZone.getTimeZone("UTC"));
        cfg.setNumberFormat("computer");
        cfg.setBooleanFormat("c");
        cfg.setTemplateExceptionHandler(TemplateExceptionHandler.RETHROW_HANDLER);
        cfg.setLogTemplateExceptions(false);
        cfg.setWrapUncheckedExceptions(true);
        cfg.setFallbackOnNullLoopVariable(false);
        // Templates are data, not code: no ?new / ?api escape hatches into Java.
        cfg.setNewBuiltinClassResolver(TemplateClassResolver.ALLOWS_NOTHING_RESOLVER);
        cfg.setAPIBuiltinEnabled(false);
        // A template is read once per renderer: the preview server makes a new renderer when a template changes.
        // Checking the loaders for changes every second cost 1-2.5% of a build's CPU (a lookup per page and include).
        cfg.setTemplateUpdateDelayMilliseconds(Long.MAX_VALUE);
        return cfg;
    }

    private TemplateLoader templateLoader() {
        TemplateLoader builtIn = new ClassTemplateLoader(classLoader, BUILT_IN_FOLDER);
        if (!Files.isDirectory(siteTemplatesDir)) {
            return builtIn;
        }
        try {
            MultiTemplateLoader loader = new MultiTemplateLoader(
                    new TemplateLoader[] {new FileTemplateLoader(siteTemplatesDir.toFile()), builtIn});
            // Not sticky: an override added while the preview server runs must win over the cached built-in lookup.
            loader.setSticky(false);
            return loader;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the templates folder " + IoReason.describe(siteTemplatesDir, e), e);
        }
    }
}
