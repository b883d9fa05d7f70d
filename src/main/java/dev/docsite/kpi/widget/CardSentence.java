package dev.docsite.kpi.widget;

import static dev.docsite.web.HtmlEscaper.escape;

import dev.docsite.kpi.Better;
import dev.docsite.kpi.Kpi;
import java.util.List;

/**
 * What a screen reader says for a card, as one sentence: label, value, target and status, change, breakdown misses,
 * and freshness, e.g. {@code Critical/high backlog: 142; target at most 100, off track; down 106 since 1 Nov 2025,
 * better; as of 20 Nov 2026 08:00 UTC, 2 days old, fresh.} The card's visible parts say the same in pieces and are
 * hidden from screen readers, so the card is not read as a dozen fragments. The freshness part is a
 * {@code data-kpi-part="sentence-freshness"} span that {@code kpi.js} rewrites from the reader's clock.
 */
final class CardSentence {

    private CardSentence() {
    }

    /** The sentence as HTML (feed text escaped). */
    static String html(Kpi kpi, List<Trend> trends, Freshness freshness) {
        StringBuilder s = new StringBuilder(escape(kpi.label())).append(": ");
        s.append(kpi.value() == null ? "no data yet" : escape(spoken(kpi, kpi.value())));
        if (kpi.target() != null) {
            s.append("; target ").append(kpi.better() == Better.DOWN ? "at most " : "at least ")
                    .append(escape(spoken(kpi, kpi.target())));
            kpi.onTrack().ifPresent(ok -> s.append(ok ? ", on track" : ", off track"));
        }
        for (Trend t : trends) {
            s.append("; ").append(escape(t.sentence()));
        }
        if (trends.isEmpty() && kpi.value() != null) {
            s.append("; no earlier reading to compare with");
        }
        String misses = BreakdownBars.missSummary(kpi);
        if (!misses.isEmpty()) {
            s.append("; by ").append(escape(kpi.breakdown().by() == null ? "breakdown" : kpi.breakdown().by()))
                    .append(", ").append(misses);
        }
        s.append("; as of ").append(DateText.timestamp(kpi.asOf()))
                .append(", <span data-kpi-part=\"sentence-freshness\">").append(freshness.sentence())
                .append("</span>.");
        return s.toString();
    }

    /** A number as read aloud: percent in words, since some screen readers skip the sign. */
    private static String spoken(Kpi kpi, double v) {
        String text = UnitFormat.value(kpi.unit(), v);
        return text.endsWith("%") ? text.substring(0, text.length() - 1) + " percent" : text;
    }
}
