package dev.docsite.markdown;

import java.util.ArrayList;
import java.util.List;

/** What the body writers need while they write one body template: the page model, and slots and tab groups so far. */
final class RenderState {

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
