package dev.docsite.rebuild;

import java.util.Set;
import java.util.TreeSet;

/**
 * Which pages must be rendered again after a change.
 *
 * @param everything every page (the sidebar or a template changed)
 * @param urls       site-relative URLs of the pages to render again when not {@code everything}; includes URLs that
 *                   no longer exist (a page moved away)
 * @param reason     why, for the log
 */
public record RebuildPlan(boolean everything, Set<String> urls, String reason) {

    public RebuildPlan {
        urls = Set.copyOf(urls);
    }

    public static RebuildPlan nothing() {
        return new RebuildPlan(false, Set.of(), "no page changed");
    }

    public static RebuildPlan all(String reason) {
        return new RebuildPlan(true, Set.of(), reason);
    }

    public boolean affects(String url) {
        return everything || urls.contains(url);
    }

    @Override
    public String toString() {
        return everything ? "all pages (" + reason + ")" : new TreeSet<>(urls) + " (" + reason + ")";
    }
}
