package dev.docsite.links;

import dev.docsite.content.Page;
import dev.docsite.markdown.LinkRef;
import dev.docsite.problem.Problem;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Resolves every link of every page once, before rendering, so problems are known (and the build can stop in
 * {@code --strict}) before anything is written, and referenced assets are registered for copying.
 */
public final class LinkChecker {

    private LinkChecker() {
    }

    /** The outcome: problems in page order, and the graph summary. */
    public record Result(List<Problem> problems, LinkReport report) {
    }

    public static Result check(SiteIndex index, LinkResolver resolver) {
        List<Page> pages = index.pages();
        Set<Page> linked = Collections.synchronizedSet(Collections.newSetFromMap(new IdentityHashMap<>()));
        AtomicInteger links = new AtomicInteger();
        AtomicInteger external = new AtomicInteger();
        AtomicInteger platform = new AtomicInteger();
        List<List<Problem>> perPage = pages.parallelStream().map(page -> {
            List<Problem> found = new ArrayList<>();
            for (LinkRef ref : page.outline().links()) {
                Resolution r = resolver.resolve(page, ref);
                switch (r.kind()) {
                    case OTHER_SCHEME -> {
                        continue;
                    }
                    case EXTERNAL -> external.incrementAndGet();
                    case PLATFORM -> platform.incrementAndGet();
                    case PAGE -> {
                        if (r.page() != page) {
                            linked.add(r.page());
                        }
                    }
                    default -> {
                    }
                }
                links.incrementAndGet();
                if (r.problem() != null) {
                    found.add(r.problem());
                }
            }
            return found;
        }).toList();
        List<Problem> problems = new ArrayList<>();
        Map<String, Integer> byCode = new TreeMap<>();
        for (List<Problem> list : perPage) {
            for (Problem p : list) {
                problems.add(p);
                byCode.merge(p.code(), 1, Integer::sum);
            }
        }
        List<Page> orphans = new ArrayList<>();
        for (Page p : pages) {
            if (p.listed() && !p.url().isEmpty() && !linked.contains(p)) {
                orphans.add(p);
            }
        }
        return new Result(problems, new LinkReport(pages.size(), links.get(), external.get(), platform.get(), byCode,
                orphans));
    }
}
