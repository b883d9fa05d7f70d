package dev.docsite.rebuild;

import dev.docsite.content.Page;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Decides which pages a change makes stale, from the pages before and after it. Pure: no I/O, no clock.
 *
 * <ul>
 *   <li>a template or {@code _category_} change, a page added or removed, or a change to what the sidebar shows of a
 *   page (title, label, position, URL, id, listed) → every page;</li>
 *   <li>otherwise the changed page itself, plus the pages linking to it when its title or anchors (headings,
 *   element ids) changed, since their links may now be broken or fixed.</li>
 * </ul>
 */
public final class RebuildPlanner {

    private RebuildPlanner() {
    }

    /**
     * @param changes            the page files touched
     * @param categoriesChanged  a {@code _category_} file changed (labels, positions, collapsed, links)
     * @param templatesChanged   a template, partial or theme asset changed
     * @param linkersOf          URLs of the pages linking to a page URL (before or after the change)
     */
    public static RebuildPlan plan(List<PageChange> changes, boolean categoriesChanged, boolean templatesChanged,
                                   Function<String, Set<String>> linkersOf) {
        if (templatesChanged) {
            return RebuildPlan.all("a template changed");
        }
        if (categoriesChanged) {
            return RebuildPlan.all("a category changed");
        }
        Set<String> urls = new HashSet<>();
        for (PageChange change : changes) {
            Page before = change.before();
            Page after = change.after();
            if (before == null && after == null) {
                continue;
            }
            if (before == null || after == null) {
                return RebuildPlan.all((before == null ? "page added: " : "page removed: ") + change.relPath());
            }
            if (!NavSignature.of(before).equals(NavSignature.of(after))) {
                return RebuildPlan.all("navigation of " + change.relPath() + " changed");
            }
            urls.add(after.url());
            if (!Objects.equals(before.title(), after.title()) || anchorsChanged(before, after)) {
                urls.addAll(linkersOf.apply(after.url()));
            }
        }
        return urls.isEmpty() ? RebuildPlan.nothing() : new RebuildPlan(false, urls, "pages changed");
    }

    static boolean anchorsChanged(Page before, Page after) {
        return !before.outline().headings().equals(after.outline().headings())
                || !before.outline().elementIds().equals(after.outline().elementIds());
    }
}
