package dev.docsite.docusaurus;

/** What Docusaurus does on a broken link, anchor or image ({@code onBrokenLinks: 'throw'} etc.). */
public enum ReportingSeverity {
    IGNORE, LOG, WARN, THROW;

    static ReportingSeverity parse(Fields fields, String key, ReportingSeverity fallback) throws DocusaurusConfigException {
        String value = fields.string(key).orElse(null);
        if (value == null) {
            return fallback;
        }
        return switch (value) {
            case "ignore" -> IGNORE;
            case "log" -> LOG;
            case "warn" -> WARN;
            case "throw" -> THROW;
            default -> throw fields.error(key, "must be one of 'ignore', 'log', 'warn', 'throw', not '" + value + "'");
        };
    }
}
