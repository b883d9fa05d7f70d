package dev.docsite.kpi.widget;

import java.time.Duration;
import java.time.Instant;

/**
 * Whether a KPI's data is fresh at a given moment: its age and whether that exceeds {@code kpi.max_age}. The build
 * writes it as judged at build time; {@code templates/assets/kpi.js} judges it again from the reader's clock with the
 * same rule and words, so a page read a month after its build still says its data is stale.
 *
 * @param stale   older than the maximum age
 * @param age     {@code 10 days old}
 * @param maxAge  {@code 7 days}, or {@code null} when data never goes stale
 */
public record Freshness(boolean stale, String age, String maxAge) {

    /** @param maxAge {@code null}: never stale */
    public static Freshness of(Instant asOf, Duration maxAge, Instant now) {
        Duration age = Duration.between(asOf, now);
        boolean stale = maxAge != null && age.compareTo(maxAge) > 0;
        return new Freshness(stale, DateText.age(age.isNegative() ? Duration.ZERO : age),
                maxAge == null ? null : DateText.duration(maxAge));
    }

    /** The badge: {@code Stale} or {@code Fresh}. */
    public String badge() {
        return stale ? "Stale" : "Fresh";
    }

    /** Visible text after the date: {@code 10 days old, over the maximum age of 7 days}. */
    public String text() {
        if (maxAge == null) {
            return age;
        }
        return age + (stale ? ", over the maximum age of " : ", within the maximum age of ") + maxAge;
    }

    /** For a screen reader: {@code 10 days old, stale: over the maximum age of 7 days}. */
    public String sentence() {
        if (maxAge == null) {
            return age;
        }
        return stale ? age + ", stale: over the maximum age of " + maxAge : age + ", fresh";
    }
}
