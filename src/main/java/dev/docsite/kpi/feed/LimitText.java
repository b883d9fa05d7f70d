package dev.docsite.kpi.feed;

import java.time.Duration;

/** Human wording for limits in messages ({@code 5 MiB}, {@code 250 ms}). */
final class LimitText {

    private LimitText() {
    }

    static String bytes(long n) {
        if (n >= 1024 * 1024 && n % (1024 * 1024) == 0) {
            return (n / (1024 * 1024)) + " MiB";
        }
        if (n >= 1024 && n % 1024 == 0) {
            return (n / 1024) + " KiB";
        }
        return n + " bytes";
    }

    static String duration(Duration d) {
        long ms = d.toMillis();
        return ms % 1000 == 0 ? (ms / 1000) + " s" : ms + " ms";
    }
}
