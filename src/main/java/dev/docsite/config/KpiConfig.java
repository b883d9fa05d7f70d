package dev.docsite.config;

import java.time.Duration;

/**
 * KPI feed settings ({@code kpi:} in site.yml).
 *
 * @param feed           file path (relative to the site root) or http(s) URL; {@code null} when no feed is configured
 * @param maxAge         KPIs whose {@code as_of} is older are marked stale
 * @param onFeedError    what a build does when the feed cannot be read
 * @param refresh        how often the preview server polls a URL feed
 * @param heading        heading under which frontmatter {@code kpis:} are placed
 * @param authEnv        environment variable holding the auth header value, or {@code null}
 * @param authHeader     header name for that value
 * @param connectTimeout HTTP connect timeout
 * @param readTimeout    HTTP read timeout
 * @param maxBytes       largest feed body accepted
 * @param change         which earlier reading each card's change is measured from
 * @param summary        where a compact strip of each page's KPIs goes ({@code kpi_summary} in frontmatter wins)
 */
public record KpiConfig(
        String feed,
        Duration maxAge,
        OnFeedError onFeedError,
        Duration refresh,
        String heading,
        String authEnv,
        String authHeader,
        Duration connectTimeout,
        Duration readTimeout,
        long maxBytes,
        Change change,
        Summary summary) {

    public enum OnFeedError { FAIL, USE_LAST_SNAPSHOT }

    /**
     * The earlier reading a card's change is measured from: the first point of the series the card charts (the
     * default: the change over the whole period shown), the point before the current value, or both, each labelled
     * with its date. Spelled {@code first}, {@code previous}, {@code both} in site.yml.
     */
    public enum Change { FIRST, PREVIOUS, BOTH }

    /** Where the strip of a page's KPIs goes: nowhere ({@code none}), or under the page title ({@code top}). */
    public enum Summary { NONE, TOP }

    /** The settings without {@code change} and {@code summary}, which take their defaults. */
    public KpiConfig(String feed, Duration maxAge, OnFeedError onFeedError, Duration refresh, String heading,
                     String authEnv, String authHeader, Duration connectTimeout, Duration readTimeout, long maxBytes) {
        this(feed, maxAge, onFeedError, refresh, heading, authEnv, authHeader, connectTimeout, readTimeout, maxBytes,
                Change.FIRST, Summary.NONE);
    }

    public static KpiConfig defaults() {
        return new KpiConfig(null, Duration.ofDays(7), OnFeedError.FAIL, Duration.ofSeconds(30),
                "Recommended KPIs", null, "Authorization", Duration.ofSeconds(5), Duration.ofSeconds(10),
                5L * 1024 * 1024);
    }

    public boolean enabled() {
        return feed != null && !feed.isBlank();
    }

    public boolean isUrl() {
        return enabled() && (feed.startsWith("http://") || feed.startsWith("https://"));
    }

    public KpiConfig withFeed(String newFeed) {
        return new KpiConfig(newFeed, maxAge, onFeedError, refresh, heading, authEnv, authHeader,
                connectTimeout, readTimeout, maxBytes, change, summary);
    }
}
