package dev.docsite.kpi.feed;

/**
 * One thing wrong with the feed content.
 *
 * @param path    where in the document
 * @param message text after the path, e.g. {@code expected a number, got "n/a"}
 * @param error   {@code true} for errors (feed unusable), {@code false} for warnings
 */
public record FeedIssue(JsonPath path, String message, boolean error) {

    /** {@code kpis[3].value: expected a number, got "n/a"}. */
    public String text() {
        return path + ": " + message;
    }
}
