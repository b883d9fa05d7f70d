package dev.docsite.kpi.widget;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** Dates and durations as shown in widgets, always in UTC and English so output never depends on the machine. */
public final class DateText {

    private static final DateTimeFormatter TIMESTAMP =
            DateTimeFormatter.ofPattern("d MMM uuuu HH:mm 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);

    private DateText() {
    }

    /** {@code 20 Nov 2026 08:00 UTC}. */
    public static String timestamp(Instant t) {
        return TIMESTAMP.format(t);
    }

    /** {@code 2026-10-01}: the UTC day, unambiguous in every locale. */
    public static String day(Instant t) {
        return t.atOffset(ZoneOffset.UTC).toLocalDate().toString();
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

    private static String plural(long n, String word) {
        return n + " " + word + (n == 1 ? "" : "s");
    }
}
