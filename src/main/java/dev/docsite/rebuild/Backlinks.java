package dev.docsite.rebuild;

import dev.docsite.content.Page;
import dev.docsite.links.Resolution;
import dev.docsite.markdown.LinkRef;
import dev.docsite.site.SiteModel;
import java.util.Collection;
import java.util.HashSet;
import java.util.Set;

/** Which pages link to a page, found by resolving every link as the build does. */
public final class Backlinks {

    private Backlinks() {
    }

    /**
     * URLs of the pages of any of {@code models} with a link to {@code targetUrl} (with or without anchor). A link
     * that a change broke (an anchor gone) resolves only in the model before the change, one that it fixed only in the
     * model after it, so callers pass both.
     */
    public static Set<String> linkingTo(String targetUrl, Collection<SiteModel> models) {
        Set<String> found = new HashSet<>();
        for (SiteModel model : models) {
            if (model == null) {
                continue;
            }
            for (Page page : model.index().pages()) {
                for (LinkRef ref : page.outline().links()) {
                    Resolution r = model.resolver().resolve(page, ref);
                    if (r.page() != null && r.page().url().equals(targetUrl) && page != r.page()) {
                        found.add(page.url());
                        break;
                    }
                }
            }
        }
        return found;
    }
}
