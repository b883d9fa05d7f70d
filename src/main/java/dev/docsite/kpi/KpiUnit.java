package dev.docsite.kpi;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** What a KPI value counts; decides how numbers are formatted. Feed spelling is the lower-case name. */
public enum KpiUnit {
    COUNT, PERCENT, DAYS, HOURS, RATIO;

    /** Name as written in the feed, e.g. {@code percent}. */
    public String feedName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<KpiUnit> fromFeed(String text) {
        return Arrays.stream(values()).filter(u -> u.feedName().equals(text)).findFirst();
    }

    /** {@code count, percent, days, hours, ratio} for error messages. */
    public static String allowed() {
        return Arrays.stream(values()).map(KpiUnit::feedName).collect(Collectors.joining(", "));
    }
}
