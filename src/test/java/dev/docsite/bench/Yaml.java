package dev.docsite.bench;

/** Writes YAML scalars safely for frontmatter and config files written by hand. */
final class Yaml {

    private Yaml() {
    }

    /** A double-quoted YAML string; generated text contains no control characters. */
    static String quote(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
