package dev.docsite.serve;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.docsite.content.Page;
import dev.docsite.problem.Problem;
import dev.docsite.site.SiteModel;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;

/**
 * What the open browsers are told over the live event stream: which of them must reload after a rebuild, the KPI
 * values that changed in place, and the KPI feed's status. The events themselves are sent by {@link LiveEvents}.
 */
final class LiveUpdates {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final LiveEvents events = new LiveEvents();

    LiveEvents events() {
        return events;
    }

    /** The first event a new live connection gets: the version it was served from, and the KPI status. */
    String helloJson(long generation, KpiMonitor.Status kpi) {
        ObjectNode hello = JSON.createObjectNode();
        hello.put("generation", generation);
        hello.set("kpi", statusJson(kpi));
        return hello.toString();
    }

    /**
     * Whether the page a browser shows is the current version; {@code false} means it was served just before a
     * rebuild whose event it missed while connecting, and must reload.
     *
     * @param version the version the live script reported, or {@code null}
     */
    static boolean isCurrent(PreviewState st, String url, String version) {
        if (version == null || version.isEmpty()) {
            return true;
        }
        try {
            PreviewState.Rendered r = st.page(url);
            return r == null || r.version().equals(version);
        } catch (RuntimeException e) {
            return true;
        }
    }

    /**
     * Tells the open pages that differ between {@code old} and {@code next}, or that show a file copied from disk
     * that changed, to reload. Sent even when no open page changed: clients track the generation to catch up after
     * reconnecting.
     *
     * @param affected URLs whose page may have changed; the others are compared only when a file changed
     * @return the URLs told to reload
     */
    Set<String> reloadChanged(PreviewState old, PreviewState next, Predicate<String> affected) {
        Set<String> reload = pagesToReload(old, next, affected, changedFiles(old.copied(), next.copied()));
        events.broadcast("reload", reloadJson(next.generation(), reload));
        return reload;
    }

    /** Tells every open page to reload (the configuration changed, or became invalid). */
    void reloadAll(long generation) {
        events.broadcast("reload", reloadJson(generation, events.openUrls()));
    }

    /** The KPI feed was read but nothing else changed: only its status is news. */
    void kpiStatus(KpiMonitor.Status status) {
        events.broadcast("kpi-status", statusJson(status).toString());
    }

    /** The KPI feed was read: its status, and the widgets whose values changed, to update in place. */
    void kpiRead(long generation, KpiMonitor.Status status, KpiDelta delta, SiteModel model) {
        ObjectNode event = JSON.createObjectNode();
        event.put("generation", generation);
        event.set("status", statusJson(status));
        if (delta != null) {
            event.set("kpis", JSON.valueToTree(delta.widgets()));
            if (model.kpiWidgets() != null) {
                event.put("provenance", model.kpiWidgets().provenance());
            }
        }
        events.broadcast("kpi", event.toString());
    }

    /** The event telling the browser showing {@code url} to reload. */
    static String reloadJson(long generation, Collection<String> urls) {
        ObjectNode node = JSON.createObjectNode();
        node.put("generation", generation);
        ArrayNode list = node.putArray("urls");
        urls.forEach(list::add);
        return node.toString();
    }

    /** Whether the page at {@code url} shows any of the KPIs {@code ids}. */
    static boolean usesKpi(SiteModel model, String url, Set<String> ids) {
        if (ids.isEmpty()) {
            return false;
        }
        Page page = model.index().byUrl(url);
        return page != null && KpiDelta.uses(page, ids);
    }

    /** Open pages whose served document differs after the change, or that show a file that changed. */
    private Set<String> pagesToReload(PreviewState old, PreviewState next, Predicate<String> affected,
                                      Set<String> changedFiles) {
        Set<String> reload = new TreeSet<>();
        for (String url : events.openUrls()) {
            if (!affected.test(url) && changedFiles.isEmpty()) {
                continue;
            }
            PreviewState.Rendered before = old.renderedIfPresent(url);
            PreviewState.Rendered after = next.page(url);
            if (after == null) {
                if (old.pageAt(url) != null) {
                    reload.add(url);
                }
                continue;
            }
            if (before == null || !Arrays.equals(before.html(), after.html())) {
                reload.add(url);
                continue;
            }
            String html = new String(after.html(), StandardCharsets.UTF_8);
            for (String file : changedFiles) {
                if (html.contains(file)) {
                    reload.add(url);
                    break;
                }
            }
        }
        return reload;
    }

    /** Files copied from disk that appeared, vanished or changed; generated files follow the pages. */
    private static Set<String> changedFiles(Map<String, ServedFile> before, Map<String, ServedFile> after) {
        Set<String> changed = new HashSet<>();
        after.forEach((path, file) -> {
            ServedFile old = before.get(path);
            if (old == null || !Arrays.equals(old.bytes(), file.bytes())) {
                changed.add(path);
            }
        });
        before.keySet().stream().filter(p -> !after.containsKey(p)).forEach(changed::add);
        return changed;
    }

    static ObjectNode statusJson(KpiMonitor.Status s) {
        ObjectNode node = JSON.createObjectNode();
        node.put("state", s.state());
        node.put("lastRead", s.lastRead() == null ? null : s.lastRead().toString());
        node.put("staleSince", s.staleSince() == null ? null : s.staleSince().toString());
        node.put("reason", s.reason());
        ArrayNode problems = node.putArray("problems");
        for (Problem p : s.problems()) {
            ObjectNode item = problems.addObject();
            item.put("severity", p.severity().label());
            item.put("file", p.file());
            item.put("line", p.line());
            item.put("column", p.column());
            item.put("message", p.message());
            item.put("code", p.code().toString());
        }
        return node;
    }
}
