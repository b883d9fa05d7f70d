package dev.docsite.site;

import dev.docsite.blog.Blogs;
import dev.docsite.content.GitHistory;
import java.nio.file.Path;
import dev.docsite.config.SiteConfig;
import dev.docsite.content.Categories;
import dev.docsite.kpi.KpiSnapshot;
import dev.docsite.kpi.KpiWidgets;
import dev.docsite.links.LinkChecker;
import dev.docsite.links.LinkReport;
import dev.docsite.links.LinkResolver;
import dev.docsite.links.SiteIndex;
import dev.docsite.nav.Navigation;
import dev.docsite.problem.Problem;
import dev.docsite.templates.SiteView;
import java.util.List;
import java.util.Map;

/**
 * A loaded, indexed and checked site: everything needed to render any page. Immutable; the preview server builds a
 * new one (reusing unchanged pages) after each change. Built with {@link #builder()}.
 *
 * @param config     configuration
 * @param index      pages by URL, id and file
 * @param categories folder metadata of each content root
 * @param navigation sidebar, breadcrumbs, pagination
 * @param resolver   link resolution and asset registry
 * @param kpiSnapshot KPI data used, or {@code null} when no feed is configured or it failed without fallback
 * @param kpiWidgets widget renderer for {@code kpiSnapshot}, or {@code null}
 * @param siteView   site-wide template values
 * @param problems   every problem found so far (content, links, KPI), sorted
 * @param links      link check: problems, graph summary and per-page results
 * @param fatal      a problem that must stop the build whatever {@code --strict} says (the KPI feed failed), or null
 * @param lastUpdates the last git commit of each page file of the roots that show it (empty for the others)
 * @param blogs      the site's blogs: their posts (pages of the index) and the pages they generate
 */
public record SiteModel(
        SiteConfig config,
        SiteIndex index,
        Categories categories,
        Navigation navigation,
        LinkResolver resolver,
        KpiSnapshot kpiSnapshot,
        KpiWidgets kpiWidgets,
        SiteView siteView,
        List<Problem> problems,
        LinkChecker.Result links,
        Problem fatal,
        Map<Path, GitHistory.LastUpdate> lastUpdates,
        Blogs blogs) {

    /** A builder with every value absent and no problems. */
    public static Builder builder() {
        return new Builder();
    }

    /** A builder holding this model's values. */
    public Builder toBuilder() {
        Builder b = new Builder();
        b.config = config;
        b.index = index;
        b.categories = categories;
        b.navigation = navigation;
        b.resolver = resolver;
        b.kpiSnapshot = kpiSnapshot;
        b.kpiWidgets = kpiWidgets;
        b.siteView = siteView;
        b.problems = problems;
        b.links = links;
        b.fatal = fatal;
        b.lastUpdates = lastUpdates;
        b.blogs = blogs;
        return b;
    }

    /** Link graph summary. */
    public LinkReport linkReport() {
        return links.report();
    }

    /** Builds a {@link SiteModel} field by field; fields not set keep the defaults of {@link #builder()}. */
    public static final class Builder {
        private SiteConfig config;
        private SiteIndex index;
        private Categories categories = Categories.NONE;
        private Navigation navigation;
        private LinkResolver resolver;
        private KpiSnapshot kpiSnapshot;
        private KpiWidgets kpiWidgets;
        private SiteView siteView;
        private List<Problem> problems = List.of();
        private LinkChecker.Result links;
        private Problem fatal;
        private Map<Path, GitHistory.LastUpdate> lastUpdates = Map.of();
        private Blogs blogs = Blogs.NONE;

        private Builder() {
        }

        public Builder config(SiteConfig value) { this.config = value; return this; }
        public Builder index(SiteIndex value) { this.index = value; return this; }
        public Builder categories(Categories value) { this.categories = value; return this; }
        public Builder navigation(Navigation value) { this.navigation = value; return this; }
        public Builder resolver(LinkResolver value) { this.resolver = value; return this; }
        public Builder kpiSnapshot(KpiSnapshot value) { this.kpiSnapshot = value; return this; }
        public Builder kpiWidgets(KpiWidgets value) { this.kpiWidgets = value; return this; }
        public Builder siteView(SiteView value) { this.siteView = value; return this; }
        public Builder problems(List<Problem> value) { this.problems = value; return this; }
        public Builder links(LinkChecker.Result value) { this.links = value; return this; }
        public Builder fatal(Problem value) { this.fatal = value; return this; }
        public Builder lastUpdates(Map<Path, GitHistory.LastUpdate> value) { this.lastUpdates = value; return this; }
        public Builder blogs(Blogs value) { this.blogs = value; return this; }

        public SiteModel build() {
            return new SiteModel(config, index, categories, navigation, resolver, kpiSnapshot, kpiWidgets, siteView,
                    problems, links, fatal, lastUpdates, blogs);
        }
    }
}
