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
        long maxBytes) {

    public enum OnFeedError { FAIL, USE_LAST_SNAPSHOT }

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
                connectTimeout, readTimeout, maxBytes);
    }
}
