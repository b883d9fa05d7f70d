package dev.docsite.markdown;

import com.vladsch.flexmark.util.data.NullableDataKey;
import java.util.ArrayList;
import java.util.List;

/** What the node renderer needs while it writes one body template; attached to the flexmark document. */
final class RenderState {

    static final NullableDataKey<RenderState> KEY = new NullableDataKey<>("DOCSITE_RENDER_STATE");

    final PageModel model;
    private final char marker;
    private final List<BodySlot> slots = new ArrayList<>();
    private int tabGroups;

    RenderState(PageModel model, char marker) {
        this.model = model;
        this.marker = marker;
    }

    int nextTabGroup() {
        return ++tabGroups;
    }

    /** Records {@code slot} and returns the placeholder to write in its place. */
    String slot(BodySlot slot) {
        slots.add(slot);
        return BodyTemplate.placeholder(marker, slots.size() - 1);
    }

    List<BodySlot> slots() {
        return slots;
    }

    char marker() {
        return marker;
    }
}
