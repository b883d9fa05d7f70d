package dev.docsite.kpi;

import static dev.docsite.web.HtmlEscaper.escape;

import dev.docsite.config.KpiConfig;
import dev.docsite.kpi.widget.DateText;
import dev.docsite.kpi.widget.KpiCardHtml;
import dev.docsite.kpi.widget.SummaryStrip;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;

/**
 * HTML widgets for the KPIs of one snapshot: inline values, cards, card grids, placeholders for ids the feed lacks,
 * and a provenance line. Every string from the feed is HTML-escaped; numbers are formatted the same under any default
 * locale. Immutable and thread-safe, so pages rendered in parallel can share one instance.
 */
public final class KpiWidgets {

    private final KpiSnapshot snapshot;
    private final Duration maxAge;
    private final KpiConfig.Change change;
    private final KpiCardHtml renderer;
    // A widget depends only on the snapshot and "now", both fixed for this instance, while the same KPI is shown on
    // many pages: each is rendered once (sparkline and breakdown included were 20-35% of a build with KPIs on every
    // page).
    private final Map<String, String> cards = new ConcurrentHashMap<>();
    private final Map<String, String> inlines = new ConcurrentHashMap<>();
    /** Every page shows it; formatting the date per page showed in profiles. */
    private final String provenance;

    /**
     * @param snapshot the KPI data, or {@code null} when there is none (every id then renders as a placeholder)
     * @param maxAge   KPIs whose {@code as_of} is older than this at {@code now} get a "Stale" badge
     * @param now      the build time
     */
    public KpiWidgets(KpiSnapshot snapshot, Duration maxAge, Instant now) {
        this(snapshot, maxAge, now, KpiConfig.Change.FIRST);
    }

    /** @param change which earlier readings the cards' changes are measured from ({@code kpi.change}) */
    public KpiWidgets(KpiSnapshot snapshot, Duration maxAge, Instant now, KpiConfig.Change change) {
        this.snapshot = snapshot;
        this.maxAge = maxAge;
        this.change = change;
        this.renderer = new KpiCardHtml(maxAge, now, change);
        this.provenance = provenanceOf(snapshot);
    }

    /**
     * The widgets of the same snapshot judged at {@code later}: this instance, with the widgets it has rendered, when
     * no KPI's freshness (stale or not, and its age in words) differs then (the preview server assembles the site
     * again on every edit, and rendering the cards again was a tenth of the time an edit took to show).
     */
    public KpiWidgets at(Instant later, Duration laterMaxAge, KpiConfig.Change laterChange) {
        KpiWidgets fresh = new KpiWidgets(snapshot, laterMaxAge, later, laterChange);
        if (!Objects.equals(maxAge, laterMaxAge) || change != laterChange) {
            return fresh;
        }
        if (snapshot != null) {
            for (Kpi kpi : snapshot.kpis().values()) {
                if (!renderer.freshness(kpi).equals(fresh.renderer.freshness(kpi))) {
                    return fresh;
                }
            }
        }
        return this;
    }

    /**
     * What every widget of these depends on, as text: the feed document and the settings. Two instances with the
     * same key and the same {@link #freshnessKey} of a KPI write the same bytes for that KPI's widgets, so the build
     * cache can keep pages with widgets while both are unchanged (the fetch time is in no widget). Freshness is per
     * KPI because it changes with the clock: a KPI's age in days turns at the time of day of its {@code as_of}, and
     * only the pages showing that KPI change then.
     */
    public String renderKey() {
        StringBuilder key = new StringBuilder().append(maxAge).append('\u0000').append(change);
        if (snapshot != null) {
            key.append('\u0000').append(snapshot.generatedAt()).append('\u0000').append(snapshot.source())
                    .append('\u0000').append(snapshot.origin()).append('\u0000').append(snapshot.fromFallback())
                    .append('\u0000').append(snapshot.feedJson());
        }
        return key.toString();
    }

    /** The freshness of KPI {@code id} as its widgets show it at the time these judge it (see {@link #renderKey}). */
    public String freshnessKey(String id) {
        return has(id) ? renderer.freshness(snapshot.kpis().get(id)).toString() : "no such KPI";
    }

    /** Whether the KPI's data is older than the maximum age at the time these widgets judge it. */
    public boolean stale(String id) {
        return has(id) && renderer.freshness(snapshot.kpis().get(id)).stale();
    }

    /** The snapshot these widgets show, or {@code null}. */
    public KpiSnapshot snapshot() {
        return snapshot;
    }

    public boolean has(String id) {
        return snapshot != null && snapshot.kpis().containsKey(id);
    }

    /** The value with a trend arrow, for running text; the {@link #unknown} placeholder when the id is not in the feed. */
    public String inline(String id) {
        return has(id) ? inlines.computeIfAbsent(id, k -> renderer.inline(snapshot.kpis().get(k))) : unknown(id);
    }

    /** One card; an "unknown KPI" card when the id is not in the feed. */
    public String card(String id) {
        return has(id) ? cards.computeIfAbsent(id, k -> renderer.card(snapshot.kpis().get(k))) : unknownCard(id);
    }

    /** {@code <div class="kpi-grid">} holding one card per id, in the given order. */
    public String cards(List<String> ids) {
        return cards(ids, new HashSet<>());
    }

    /**
     * Like {@link #cards(List)}, the first card of each id on a page carrying the id the page's summary strip links
     * to ({@link SummaryStrip#anchor}).
     *
     * @param anchored ids whose card already has its anchor on this page; updated
     */
    public String cards(List<String> ids, Set<String> anchored) {
        StringBuilder html = new StringBuilder("<div class=\"kpi-grid\">");
        for (String id : ids) {
            String card = card(id);
            if (has(id) && anchored.add(id)) {
                card = "<div id=\"" + escape(SummaryStrip.anchor(id)) + "\"" + card.substring("<div".length());
            }
            html.append(card);
        }
        return html.append("</div>").toString();
    }

    /** The strip of {@code ids} (those in the feed, each once) for under a page's title; empty when none is. */
    public String summary(List<String> ids, Set<String> anchored) {
        List<Kpi> kpis = ids.stream().distinct().filter(this::has).map(id -> snapshot.kpis().get(id)).toList();
        return SummaryStrip.html(kpis, this::inline, anchored);
    }

    /** Visible inline placeholder for an id the feed does not have. */
    public String unknown(String id) {
        return "<span class=\"kpi-unknown\" data-kpi=\"" + escape(id) + "\">" + escape(missingText(id)) + "</span>";
    }

    /** Card-sized placeholder for an id the feed does not have. */
    public String unknownCard(String id) {
        String safe = escape(id);
        return "<div class=\"kpi-card kpi-unknown\" data-kpi=\"" + safe + "\" data-kpi-field=\"card\">"
                + "<div class=\"kpi-card-head\"><span class=\"kpi-label\">" + safe
                + "</span></div><div class=\"kpi-value\">" + escape(missingText(id)) + "</div></div>";
    }

    /**
     * Plain text (not escaped) naming the data's time and source, e.g. {@code KPI data as of 20 Nov 2026 08:00 UTC from
     * AppSec platform export}, with {@code (last good snapshot; feed unavailable)} appended for fallback data.
     */
    public String provenance() {
        return provenance;
    }

    private static String provenanceOf(KpiSnapshot snapshot) {
        if (snapshot == null) {
            return "KPI data unavailable";
        }
        StringBuilder text = new StringBuilder("KPI data as of ").append(DateText.timestamp(snapshot.generatedAt()));
        if (snapshot.source() != null) {
            text.append(" from ").append(snapshot.source());
        }
        if (snapshot.fromFallback()) {
            text.append(" (last good snapshot; feed unavailable)");
        }
        return text.toString();
    }

    /** {@link #provenance()} as an escaped {@code <p class="kpi-provenance">}. */
    public String provenanceHtml() {
        return "<p class=\"kpi-provenance" + (snapshot != null && snapshot.fromFallback() ? " kpi-fallback" : "")
                + "\">" + escape(provenance()) + "</p>";
    }

    private String missingText(String id) {
        return snapshot == null
                ? "KPI \u201c" + id + "\u201d unavailable: no KPI data"
                : "KPI \u201c" + id + "\u201d is not in the feed";
    }
}
