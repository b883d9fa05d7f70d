package dev.docsite.kpi.widget;

import static dev.docsite.web.HtmlEscaper.escape;

import dev.docsite.kpi.Better;
import dev.docsite.kpi.Kpi;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

/**
 * Renders one KPI as a card or an inline value. Every widget root carries {@code data-kpi="<id>"} and each part a
 * {@code data-kpi-field} so the preview server can replace them in place. All feed text is HTML-escaped.
 * Immutable and thread-safe.
 */
public final class KpiCardHtml {

    private final Duration maxAge;
    private final Instant now;

    /**
     * @param maxAge data older than this at {@code now} is marked stale; {@code null} never marks
     * @param now    the moment staleness is judged at
     */
    public KpiCardHtml(Duration maxAge, Instant now) {
        this.maxAge = maxAge;
        this.now = now;
    }

    /** Whether the KPI's {@code as_of} is older than the maximum age. */
    public boolean stale(Kpi kpi) {
        return maxAge != null && Duration.between(kpi.asOf(), now).compareTo(maxAge) > 0;
    }

    /** {@code <span class="kpi-inline" data-kpi="id">142 <span class="kpi-trend kpi-good" ...>▼</span></span>}. */
    public String inline(Kpi kpi) {
        String id = escape(kpi.id());
        if (kpi.value() == null) {
            return "<span class=\"kpi-inline kpi-no-data\" data-kpi=\"" + id + "\">No data yet</span>";
        }
        StringBuilder html = new StringBuilder("<span class=\"kpi-inline\" data-kpi=\"").append(id).append("\">")
                .append(escape(UnitFormat.value(kpi.unit(), kpi.value())));
        Trend.of(kpi).ifPresent(t -> html.append(" <span class=\"kpi-trend ").append(t.cssClass())
                .append("\" role=\"img\" aria-label=\"").append(escape(t.summary() + ", " + t.verdict()))
                .append("\" title=\"").append(escape(t.summary())).append("\">").append(t.arrow()).append("</span>"));
        if (stale(kpi)) {
            html.append(" <span class=\"kpi-badge kpi-stale\" title=\"").append(escape(staleTitle(kpi)))
                    .append("\">stale</span>");
        }
        return characterReferences(html.append("</span>").toString());
    }

    /** The full card: label, value, delta, target status, sparkline, breakdown, as-of, stale badge. */
    public String card(Kpi kpi) {
        String id = escape(kpi.id());
        boolean stale = stale(kpi);
        StringBuilder html = new StringBuilder("<div class=\"kpi-card")
                .append(stale ? " kpi-is-stale" : "").append(kpi.value() == null ? " kpi-no-data" : "")
                .append("\" data-kpi=\"").append(id).append("\" data-kpi-field=\"card\" data-kpi-unit=\"")
                .append(kpi.unit().feedName()).append("\" data-kpi-better=\"").append(kpi.better().feedName())
                .append("\" role=\"group\" aria-label=\"").append(escape(kpi.label())).append("\">");

        html.append("<div class=\"kpi-card-head\"><span class=\"kpi-label\" data-kpi=\"").append(id)
                .append("\" data-kpi-field=\"label\">").append(escape(kpi.label())).append("</span>");
        if (stale) {
            html.append(" <span class=\"kpi-badge kpi-stale\" data-kpi=\"").append(id)
                    .append("\" data-kpi-field=\"stale\" title=\"").append(escape(staleTitle(kpi)))
                    .append("\">Stale</span>");
        }
        html.append("</div>");

        html.append(field(id, "value", "kpi-value", kpi.value() == null
                ? "No data yet" : escape(UnitFormat.value(kpi.unit(), kpi.value()))));

        Trend.of(kpi).ifPresent(t -> html.append("<div class=\"kpi-delta ").append(t.cssClass())
                .append("\" data-kpi=\"").append(id).append("\" data-kpi-field=\"delta\" title=\"")
                .append(escape(t.summary())).append("\"><span class=\"kpi-arrow\" aria-hidden=\"true\">")
                .append(t.arrow()).append("</span> ").append(escape(t.text())).append("</div>"));

        if (kpi.target() != null) {
            html.append(field(id, "target", "kpi-target", targetHtml(kpi)));
        }
        html.append(Sparkline.svg(kpi));
        html.append(BreakdownBars.html(kpi));
        html.append(field(id, "as-of", "kpi-asof", "As of <time datetime=\"" + kpi.asOf() + "\">"
                + DateText.timestamp(kpi.asOf()) + "</time>"));
        return characterReferences(html.append("</div>").toString());
    }

    private static String targetHtml(Kpi kpi) {
        String bound = kpi.better() == Better.DOWN ? "&le; " : "&ge; ";
        StringBuilder html = new StringBuilder("Target ").append(bound)
                .append(escape(UnitFormat.value(kpi.unit(), kpi.target())));
        Optional<Boolean> onTrack = kpi.onTrack();
        onTrack.ifPresent(ok -> html.append(" &middot; <span class=\"kpi-status ")
                .append(ok ? "kpi-on-track\">On track" : "kpi-off-track\">Off track").append("</span>"));
        return html.toString();
    }

    private String staleTitle(Kpi kpi) {
        return "Data is older than " + DateText.duration(maxAge) + " (as of " + DateText.timestamp(kpi.asOf()) + ")";
    }

    private static String field(String escapedId, String field, String cssClass, String innerHtml) {
        return "<div class=\"" + cssClass + "\" data-kpi=\"" + escapedId + "\" data-kpi-field=\"" + field + "\">"
                + innerHtml + "</div>";
    }

    /**
     * Symbols as character references: a page whose text is all ASCII then stays in Java's one-byte strings while it
     * is assembled, at half the memory and copying, and its UTF-8 encoding is a plain array copy.
     */
    private static String characterReferences(String s) {
        StringBuilder out = new StringBuilder(s.length() + 64);
        s.codePoints().forEach(c -> {
            if (c > 0x7F) {
                out.append("&#").append(c).append(';');
            } else {
                out.append((char) c);
            }
        });
        return out.toString();
    }
}
