package dev.docsite.kpi;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/** Which direction of change is an improvement for a KPI. Feed spelling is {@code up} / {@code down}. */
public enum Better {
    UP, DOWN;

    public String feedName() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<Better> fromFeed(String text) {
        return Arrays.stream(values()).filter(b -> b.feedName().equals(text)).findFirst();
    }

    public static String allowed() {
        return Arrays.stream(values()).map(Better::feedName).collect(Collectors.joining(", "));
    }

    /** Whether moving by {@code delta} is an improvement; {@code 0} is neither. */
    public boolean improves(double delta) {
        return this == UP ? delta > 0 : delta < 0;
    }

    /** Whether {@code value} meets {@code target} (at or beyond it in the good direction). */
    public boolean meets(double value, double target) {
        return this == UP ? value >= target : value <= target;
    }
}
