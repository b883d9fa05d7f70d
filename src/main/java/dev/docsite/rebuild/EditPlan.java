package dev.docsite.rebuild;

import dev.docsite.site.SiteModel;
import java.util.List;

/** The plan of one edit in the preview: the {@link RebuildPlanner}'s rules applied to what the edit changed. */
public final class EditPlan {

    private EditPlan() {
    }

    /**
     * Which pages an edit makes stale: the edited ones and, by the planner's rules, those linking to them.
     *
     * @param update    what the edit changed in the content, or {@code null} when no page file changed
     * @param templates whether a template changed (every page is stale)
     */
    public static RebuildPlan of(ContentState.Update update, boolean templates, SiteModel before, SiteModel after) {
        if (update == null) {
            return templates ? RebuildPlan.all("a template changed") : RebuildPlan.nothing();
        }
        return RebuildPlanner.plan(update.changes(), update.categoriesChanged(), templates,
                url -> Backlinks.linkingTo(url, List.of(before, after)));
    }
}
