package dev.docsite.problem;

/** How bad a problem is. Warnings become errors under {@code --strict}. */
public enum Severity {
    WARNING, ERROR;

    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
