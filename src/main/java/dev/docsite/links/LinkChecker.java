package dev.docsite.links;

import dev.docsite.content.Page;
import dev.docsite.markdown.LinkRef;
import dev.docsite.parallel.ParallelMap;
import dev.docsite.problem.Problem;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Resolves every link of every page once, before rendering, so problems are known (and the build can stop in
 * {@code --strict}) before anything is written, and referenced assets are registered for copying.
 * <p>
 * The preview server re-checks only the pages an edit touched: when no page that links can point to changed its
 * address or anchors, the other pages' links resolve as before (see {@link #check(SiteIndex, LinkResolver, Result)}).
 */
public final class LinkChecker {

    private LinkChecker() {
    }

    /**
     * What checking one page's links found, and how each of its links resolved (by the {@link LinkRef} of its outline),
     * so that rendering the page writes the same URLs without resolving its links again.
     */
    public record PageLinks(List<Problem> problems, Set<String> linkedUrls, int links, int external, int platform,
                            Map<LinkRef, Resolution> resolutions) {

        /** How {@code ref} (one of the page's outline links) resolved, or null for a link not in its outline. */
        public Resolution resolution(LinkRef ref) {
            return resolutions.get(ref);
        }
    }

    /**
     * The outcome: problems in page order, the graph summary, and each page's own result (by page identity).
     */
    public record Result(List<Problem> problems, LinkReport report, Map<Page, PageLinks> perPage) {
    }

    public static Result check(SiteIndex index, LinkResolver resolver) {
        return check(index, resolver, null);
    }

    /**
     * Like {@link #check(SiteIndex, LinkResolver)}, taking the result of a page that is in {@code previous} (the same
     * page object) instead of resolving its links again. The caller vouches that the link targets are unchanged
     * (see {@link #sameTargets}); the referenced assets are then taken over with {@link AssetRegistry#adopt}.
     *
     * @param previous the result for the site before an edit, or {@code null} to check every page
     */
    public static Result check(SiteIndex index, LinkResolver resolver, Result previous) {
        List<Page> pages = index.pages();
        List<PageLinks> results = ParallelMap.map(pages, page -> {
            PageLinks earlier = previous == null ? null : previous.perPage().get(page);
            return earlier != null ? earlier : checkPage(page, resolver);
        });
        Map<Page, PageLinks> perPage = new IdentityHashMap<>(pages.size() * 2);
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> byCode = new TreeMap<>();
        Set<String> linked = new HashSet<>(pages.size() * 2);
        int links = 0;
        int external = 0;
        int platform = 0;
        for (int i = 0; i < pages.size(); i++) {
            PageLinks r = results.get(i);
            perPage.put(pages.get(i), r);
            for (Problem p : r.problems()) {
                problems.add(p);
                byCode.merge(p.code().id(), 1, Integer::sum);
            }
            linked.addAll(r.linkedUrls());
            links += r.links();
            external += r.external();
            platform += r.platform();
        }
        List<Page> orphans = new ArrayList<>();
        for (Page p : pages) {
            if (p.listed() && !p.url().isEmpty() && !linked.contains(p.url())) {
                orphans.add(p);
            }
        }
        return new Result(problems, new LinkReport(pages.size(), links, external, platform, byCode, orphans), perPage);
    }

    private static PageLinks checkPage(Page page, LinkResolver resolver) {
        List<Problem> found = new ArrayList<>();
        Set<String> linked = new HashSet<>();
        int links = 0;
        int external = 0;
        int platform = 0;
        Map<LinkRef, Resolution> resolutions = new HashMap<>(); // equal refs (same target and place) resolve alike
        for (LinkRef ref : page.outline().links()) {
            Resolution r = resolver.resolve(page, ref);
            resolutions.put(ref, r);
            switch (r.kind()) {
                case OTHER_SCHEME -> {
                    continue;
                }
                case EXTERNAL -> external++;
                case PLATFORM -> platform++;
                case PAGE -> {
                    if (r.page() != page) {
                        linked.add(r.page().url());
                    }
                }
                default -> {
                }
            }
            links++;
            if (r.problem() != null) {
                found.add(r.problem());
            }
        }
        return new PageLinks(List.copyOf(found), Set.copyOf(linked), links, external, platform,
                Map.copyOf(resolutions));
    }

    /**
     * Whether links resolve to {@code after} exactly as they did to {@code before}: the same file, URL, ids and
     * anchors. Title, body and frontmatter otherwise do not matter to resolution.
     */
    public static boolean sameTargets(Page before, Page after) {
        return before.source().relPath().equals(after.source().relPath())
                && before.url().equals(after.url())
                && before.docId().equals(after.docId())
                && before.outline().headings().stream().map(h -> h.id()).toList()
                        .equals(after.outline().headings().stream().map(h -> h.id()).toList())
                && before.outline().elementIds().equals(after.outline().elementIds());
    }
}
