package dev.docsite.kpi.widget;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/**
 * Dates, ages and durations as shown in widgets: one human format ({@code 1 Nov 2025}, {@code 20 Nov 2026 08:00 UTC}),
 * always in UTC and English so output never depends on the machine, and in HTML inside {@code <time datetime>} with
 * the ISO form for machines.
 */
public final class DateText {

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("d MMM uuuu HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
    private static final DateTimeFormatter DAY =
            DateTimeFormatter.ofPattern("d MMM uuuu", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private DateText() {
    }

    /** {@code 20 Nov 2026 08:00 UTC}. */
    public static String timestamp(Instant t) {
        return TIMESTAMP.format(t);
    }

    /** {@code 1 Oct 2026}: the UTC day. */
    public static String day(Instant t) {
        return DAY.format(t);
    }

    /** {@code <time datetime="2026-10-01">1 Oct 2026</time>}. */
    public static String dayHtml(Instant t) {
        return "<time datetime=\"" + t.atOffset(ZoneOffset.UTC).toLocalDate() + "\">" + day(t) + "</time>";
    }

    /** {@code <time datetime="2026-11-20T08:00:00Z">20 Nov 2026 08:00 UTC</time>}. */
    public static String timestampHtml(Instant t) {
        return "<time datetime=\"" + t + "\">" + timestamp(t) + "</time>";
    }

    /** {@code 7 days}, {@code 36 hours}, {@code 90 minutes}. */
    public static String duration(Duration d) {
        if (d.toHours() > 0 && d.toHours() % 24 == 0) {
            return plural(d.toDays(), "day");
        }
        if (d.toMinutes() > 0 && d.toMinutes() % 60 == 0) {
            return plural(d.toHours(), "hour");
        }
        return plural(d.toMinutes(), "minute");
    }

    /**
     * How old data is: {@code less than an hour old}, {@code 5 hours old} (under a day), {@code 10 days old} (whole
     * days, rounded down). {@code templates/assets/kpi.js} writes the same words in the reader's browser.
     */
    public static String age(Duration age) {
        if (age.compareTo(Duration.ofHours(1)) < 0) {
            return "less than an hour old";
        }
        if (age.compareTo(Duration.ofDays(1)) < 0) {
            return plural(age.toHours(), "hour") + " old";
        }
        return plural(age.toDays(), "day") + " old";
    }

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
