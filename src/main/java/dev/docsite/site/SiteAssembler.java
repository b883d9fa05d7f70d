package dev.docsite.site;

import dev.docsite.blog.BlogFeeds;
import dev.docsite.blog.Blogs;
import dev.docsite.chrome.SiteChrome;
import dev.docsite.config.SiteConfig;
import dev.docsite.content.Page;
import dev.docsite.kpi.KpiLoadResult;
import dev.docsite.kpi.KpiWidgets;
import dev.docsite.links.AssetRegistry;
import dev.docsite.links.LinkChecker;
import dev.docsite.links.LinkResolver;
import dev.docsite.links.PlatformLinks;
import dev.docsite.links.SiteIndex;
import dev.docsite.links.UrlText;
import dev.docsite.nav.DocCardListCheck;
import dev.docsite.nav.InlineTagsCheck;
import dev.docsite.nav.Navigation;
import dev.docsite.nav.SidebarBinder;
import dev.docsite.problem.Problem;
import dev.docsite.problem.ProblemCollector;
import dev.docsite.problem.Severity;
import dev.docsite.templates.FeedLinkView;
import dev.docsite.templates.SiteView;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Stages 4–6: index the pages, build navigation, check every link (the navbar's and footer's too) and KPI reference. */
public final class SiteAssembler {

    private SiteAssembler() {
    }

    /**
     * @param platform external documentation bases (loaded once; they do not change with content)
     * @param kpi      result of reading the KPI feed
     * @param now      the time KPI staleness is judged against
     */
    public static SiteModel assemble(SiteConfig config, LoadedContent content, PlatformLinks platform,
                                     KpiLoadResult kpi, Instant now) {
        return assemble(config, content, platform, kpi, now, null);
    }

    /**
     * Like {@link #assemble(SiteConfig, LoadedContent, PlatformLinks, KpiLoadResult, Instant)}, after an edit: when
     * every page is either unchanged (the same object as in {@code previous}) or still has the same address and
     * anchors, only the changed pages' links are resolved again. Checking every link of a large site is most of the
     * time a preview takes to show an edit.
     *
     * @param previous the model before an edit of page files only (not other files, templates or configuration), or
     *                 {@code null} to check every link
     */
    public static SiteModel assemble(SiteConfig config, LoadedContent content, PlatformLinks platform,
                                     KpiLoadResult kpi, Instant now, SiteModel previous) {
        ProblemCollector problems = new ProblemCollector();
        problems.addAll(config.notices());
        problems.addAll(content.problems());
        SiteIndex pages = SiteIndex.of(content.pages());
        problems.addAll(pages.problems());
        SidebarBinder.Bound sidebars = SidebarBinder.bind(pages, content.categories(), content.sidebars(),
                content.drafts(), config::display);
        problems.addAll(sidebars.problems());
        Navigation navigation = new Navigation(sidebars.sidebars(), pages);
        problems.addAll(DocCardListCheck.problems(pages.pages(), navigation));
        problems.addAll(InlineTagsCheck.problems(pages.pages()));
        Blogs blogs = Blogs.of(config, pages.pages());
        problems.addAll(blogs.problems());
        // Generated-index and blog pages are part of the site's URL space: links to them are not broken.
        List<String> generated = new ArrayList<>();
        navigation.generatedIndexes().forEach(c -> generated.add(c.linkUrl()));
        generated.addAll(blogs.generatedUrls());
        SiteIndex index = pages.withGeneratedPages(generated);
        AssetRegistry assets = new AssetRegistry(config);
        LinkChecker.Result reusable = reusableLinks(previous, config, index, content);
        if (reusable != null) {
            assets.adopt(previous.resolver().assets());
        }
        LinkResolver resolver = new LinkResolver(config, index, platform, assets);
        LinkChecker.Result links = LinkChecker.check(index, resolver, reusable);
        problems.addAll(links.problems());
        SiteChrome chrome = SiteChrome.of(config, index, navigation);
        problems.addAll(chrome.problems());

        Problem fatal = null;
        KpiWidgets widgets = null;
        if (kpi != null) {
            problems.addAll(kpi.problems());
            if (kpi.snapshot() != null) {
                KpiWidgets before = previous == null ? null : previous.kpiWidgets();
                widgets = before != null && before.snapshot() == kpi.snapshot()
                        ? before.at(now, config.kpi().maxAge(), config.kpi().change())
                        : new KpiWidgets(kpi.snapshot(), config.kpi().maxAge(), now, config.kpi().change());
            } else if (kpi.failed()) {
                fatal = kpi.problems().stream().filter(p -> p.severity() == Severity.ERROR).findFirst()
                        .orElse(kpi.problems().get(0));
            }
        }
        problems.addAll(KpiReferenceCheck.check(index.pages(), widgets, config.kpi().enabled()));
        SiteView siteView = new SiteView(config.title(), config.tagline(), config.baseUrl(), Version.current(), config.params(),
                chrome.colorMode(), blogs.blogs().stream().flatMap(blog -> BlogFeeds.links(blog, config.title()).stream())
                        .map(f -> new FeedLinkView(f.type(), f.title(), UrlText.encodePath(f.path()))).toList(),
                chrome.docs());
        return SiteModel.builder()
                .config(config)
                .index(index)
                .categories(content.categories())
                .navigation(navigation)
                .resolver(resolver)
                .kpiSnapshot(kpi == null ? null : kpi.snapshot())
                .kpiWidgets(widgets)
                .siteView(siteView)
                .problems(problems.sorted())
                .links(links)
                .fatal(fatal)
                .lastUpdates(previous != null && previous.config() == config ? previous.lastUpdates()
                        : LastUpdates.read(config))
                .blogs(blogs)
                .build();
    }

    /** The previous link results, if links of pages that did not change still resolve as they did. */
    private static LinkChecker.Result reusableLinks(SiteModel previous, SiteConfig config, SiteIndex index,
                                                   LoadedContent content) {
        if (previous == null || previous.config() != config || !previous.categories().equals(content.categories())
                || !previous.index().generatedPages().equals(index.generatedPages())
                || previous.index().pages().size() != index.pages().size()) {
            return null;
        }
        Map<Page, LinkChecker.PageLinks> before = previous.links().perPage();
        for (Page page : index.pages()) {
            if (before.containsKey(page)) {
                continue;
            }
            Page old = previous.index().byFile(page.source().path());
            if (old == null || !LinkChecker.sameTargets(old, page)) {
                return null;
            }
        }
        return previous.links();
    }
}
