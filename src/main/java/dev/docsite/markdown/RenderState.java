package dev.docsite.markdown;

import com.vladsch.flexmark.util.data.NullableDataKey;

/** What the node renderer needs for one page render; attached to the flexmark document. */
final class RenderState {

    static final NullableDataKey<RenderState> KEY = new NullableDataKey<>("DOCSITE_RENDER_STATE");

    final PageModel model;
    final RenderContext context;
    private int tabGroups;

    RenderState(PageModel model, RenderContext context) {
        this.model = model;
        this.context = context;
    }

    int nextTabGroup() {
        return ++tabGroups;
    }

    LinkRewrite rewrite(LinkRef ref) {
        LinkRewrite rw = context.rewrite(ref);
        return rw != null ? rw : LinkRewrite.unchanged(ref.target());
    }
}
