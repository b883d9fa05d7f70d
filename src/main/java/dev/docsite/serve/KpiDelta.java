package dev.docsite.serve;

import dev.docsite.content.Page;
import dev.docsite.kpi.KpiSnapshot;
import dev.docsite.kpi.KpiWidgets;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * How the KPI widgets differ between two reads of the feed: the new HTML of every KPI whose widget changed, and the
 * ids that appeared in or vanished from the feed (pages using those change beyond the widget: their problems).
 *
 * @param widgets id → {@code {"card": html, "inline": html}} for each changed KPI
 * @param appearedOrVanished ids known to one read and not the other
 */
record KpiDelta(Map<String, Map<String, String>> widgets, Set<String> appearedOrVanished) {

    static KpiDelta between(KpiSnapshot beforeData, KpiWidgets before, KpiSnapshot afterData, KpiWidgets after) {
        Set<String> ids = new HashSet<>();
        if (beforeData != null) {
            ids.addAll(beforeData.kpis().keySet());
        }
        if (afterData != null) {
            ids.addAll(afterData.kpis().keySet());
        }
        Map<String, Map<String, String>> widgets = new LinkedHashMap<>();
        Set<String> known = new HashSet<>();
        for (String id : ids) {
            boolean had = before != null && before.has(id);
            boolean has = after != null && after.has(id);
            if (had != has) {
                known.add(id);
            }
            if (after == null) {
                continue;
            }
            String card = after.card(id);
            String inline = after.inline(id);
            if (before == null || !Objects.equals(card, before.card(id)) || !Objects.equals(inline, before.inline(id))) {
                widgets.put(id, Map.of("card", card, "inline", inline));
            }
        }
        return new KpiDelta(widgets, known);
    }

    boolean isEmpty() {
        return widgets.isEmpty() && appearedOrVanished.isEmpty();
    }

    /** Whether {@code page} shows any KPI in {@code ids}. */
    static boolean uses(Page page, Set<String> ids) {
        if (ids.isEmpty()) {
            return false;
        }
        for (String id : page.frontMatter().kpis()) {
            if (ids.contains(id)) {
                return true;
            }
        }
        for (var ref : page.outline().kpiRefs()) {
            if (ids.contains(ref.id())) {
                return true;
            }
        }
        return false;
    }
}
