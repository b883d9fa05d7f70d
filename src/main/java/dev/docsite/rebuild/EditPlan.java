package dev.docsite.rebuild;

import dev.docsite.site.SiteModel;
import java.util.List;

/** The plan of one edit in the preview: the {@link RebuildPlanner}'s rules applied to what the edit changed. */
public final class EditPlan {

    private EditPlan() {
    }

    /**
     * Which pages an edit makes stale: the edited ones and, by the planner's rules, those linking to them; every page
     * when what a blog shows of its posts changed.
     *
     * @param update    what the edit changed in the content, or {@code null} when no page file changed
     * @param templates whether a template changed (every page is stale)
     */
    public static RebuildPlan of(ContentState.Update update, boolean templates, SiteModel before, SiteModel after) {
        if (!templates && !before.blogs().shown().equals(after.blogs().shown())) {
            // A post's page shows its blog's recent posts and its newer and older posts: any post added, removed,
            // renamed, re-dated or re-tagged, or an authors or tags file edited, changes other posts' pages.
            return RebuildPlan.all("a blog changed");
        }
        if (update == null) {
            return templates ? RebuildPlan.all("a template changed") : RebuildPlan.nothing();
        }
        return RebuildPlanner.plan(update.changes(), update.categoriesChanged(), templates,
                url -> Backlinks.linkingTo(url, List.of(before, after)));
    }
}
