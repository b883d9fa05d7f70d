package dev.docsite.kpi.widget;

import static dev.docsite.web.HtmlEscaper.escape;

import dev.docsite.config.KpiConfig;
import dev.docsite.kpi.Better;
import dev.docsite.kpi.Kpi;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Renders one KPI as a card or an inline value. Every widget root carries {@code data-kpi="<id>"} so the preview
 * server can replace it in place, and {@code data-kpi-as-of}/{@code data-kpi-max-age} so that {@code kpi.js} can
 * judge its freshness again in the reader's browser; the freshness written here, judged at {@code now}, is what
 * readers without JavaScript see. All feed text is HTML-escaped. Immutable and thread-safe.
 */
public final class KpiCardHtml {

    private final Duration maxAge;
    private final Instant now;
    private final KpiConfig.Change change;

    /**
     * @param maxAge data older than this at {@code now} is marked stale; {@code null} never marks
     * @param now    the moment freshness is judged at
     * @param change which earlier readings changes are measured from
     */
    public KpiCardHtml(Duration maxAge, Instant now, KpiConfig.Change change) {
        this.maxAge = maxAge;
        this.now = now;
        this.change = change;
    }

    /** The KPI's freshness at {@code now}. */
    public Freshness freshness(Kpi kpi) {
        return Freshness.of(kpi.asOf(), maxAge, now);
    }

    /** {@code <span class="kpi-inline" data-kpi="id" …>142 <span class="kpi-trend kpi-good" …>▼</span>…</span>}. */
    public String inline(Kpi kpi) {
        Freshness fresh = freshness(kpi);
        StringBuilder html = new StringBuilder("<span class=\"kpi-inline").append(kpi.value() == null ? " kpi-no-data" : "")
                .append(fresh.stale() ? " kpi-is-stale" : "").append('"').append(dataAttributes(kpi)).append('>');
        if (kpi.value() == null) {
            html.append("No data yet");
        } else {
            html.append(escape(UnitFormat.value(kpi.unit(), kpi.value())));
            Trend.of(kpi, change).stream().findFirst().ifPresent(t -> html.append(" <span class=\"kpi-trend ")
                    .append(t.cssClass()).append("\" role=\"img\" aria-label=\"").append(escape(t.sentence()))
                    .append("\" title=\"").append(escape(t.sentence())).append("\">").append(t.arrow())
                    .append("</span>"));
        }
        if (maxAge != null) {
            // Hidden while fresh rather than left out, so that kpi.js can show it when the data ages in the browser.
            html.append("<span class=\"kpi-stale-note\" data-kpi-part=\"badge\"").append(fresh.stale() ? "" : " hidden")
                    .append("> <span class=\"kpi-badge kpi-stale\">stale</span><span class=\"kpi-stale-age\"> (")
                    .append("<span data-kpi-part=\"age\">").append(fresh.text()).append("</span>)</span></span>");
        }
        return characterReferences(html.append("</span>").toString());
    }

    /** The full card: label, freshness badge, value, target and status, changes, sparkline, breakdown, as-of. */
    public String card(Kpi kpi) {
        Freshness fresh = freshness(kpi);
        List<Trend> trends = kpi.value() == null ? List.of() : Trend.of(kpi, change);
        StringBuilder html = new StringBuilder("<div class=\"kpi-card")
                .append(fresh.stale() ? " kpi-is-stale" : "").append(kpi.value() == null ? " kpi-no-data" : "")
                .append('"').append(dataAttributes(kpi)).append(" data-kpi-field=\"card\" data-kpi-unit=\"")
                .append(kpi.unit().feedName()).append("\" data-kpi-better=\"").append(kpi.better().feedName())
                .append("\">");
        html.append("<p class=\"kpi-sr\" data-kpi-part=\"sentence\">").append(CardSentence.html(kpi, trends, fresh))
                .append("</p><div class=\"kpi-visual\" aria-hidden=\"true\">");
        html.append("<div class=\"kpi-card-head\"><span class=\"kpi-label\">").append(escape(kpi.label()))
                .append("</span>");
        if (maxAge != null) {
            html.append(" <span class=\"kpi-badge ").append(fresh.stale() ? "kpi-stale" : "kpi-fresh")
                    .append("\" data-kpi-part=\"badge\">").append(fresh.badge()).append("</span>");
        }
        html.append("</div><div class=\"kpi-value\">").append(kpi.value() == null
                ? "No data yet" : escape(UnitFormat.value(kpi.unit(), kpi.value()))).append("</div>");
        if (kpi.target() != null) {
            html.append("<div class=\"kpi-target\">").append(targetHtml(kpi)).append("</div>");
        }
        for (Trend t : trends) {
            html.append("<div class=\"kpi-delta ").append(t.cssClass()).append("\"><span class=\"kpi-arrow\">")
                    .append(t.arrow()).append("</span> ").append(t.html()).append("</div>");
        }
        if (trends.isEmpty() && kpi.value() != null) {
            html.append("<div class=\"kpi-delta kpi-flat\">No earlier reading to compare with</div>");
        }
        html.append(Sparkline.html(kpi));
        html.append(BreakdownBars.html(kpi));
        html.append("<div class=\"kpi-asof\">As of ").append(DateText.timestampHtml(kpi.asOf()));
        if (maxAge != null) {
            html.append(" &middot; <span class=\"kpi-age\" data-kpi-part=\"age\">").append(fresh.text())
                    .append("</span>");
        }
        return characterReferences(html.append("</div></div></div>").toString());
    }

    /** {@code data-kpi} and what {@code kpi.js} needs to judge freshness. */
    private String dataAttributes(Kpi kpi) {
        StringBuilder a = new StringBuilder(" data-kpi=\"").append(escape(kpi.id())).append('"');
        if (maxAge != null) {
            a.append(" data-kpi-as-of=\"").append(kpi.asOf()).append("\" data-kpi-max-age=\"")
                    .append(maxAge.toSeconds()).append("\" data-kpi-max-age-text=\"")
                    .append(DateText.duration(maxAge)).append('"');
        }
        return a.toString();
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
