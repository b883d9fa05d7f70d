package dev.docsite.markdown.partial;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Finds the Markdown files an MDX ESM block imports as components: {@code import Setup from './_setup.md';}. */
public final class PartialImports {

    private static final Pattern IMPORT = Pattern.compile(
            "^[ \\t]*import\\s+([A-Z][A-Za-z0-9_$]*)\\s+from\\s*(['\"])([^'\"\\n]+\\.mdx?)\\2", Pattern.MULTILINE);

    /** Where a partial is imported: the component name, the import path, and its 0-based offset in the ESM text. */
    public record Import(String name, String specifier, int offset) {
    }

    private PartialImports() {
    }

    /** The partial imports of {@code esm}, by component name. */
    public static Map<String, Import> in(CharSequence esm) {
        Map<String, Import> found = new LinkedHashMap<>();
        Matcher m = IMPORT.matcher(esm);
        while (m.find()) {
            // A JavaScript string: '\_x.md' (written so by Markdown formatters) is '_x.md'.
            found.put(m.group(1), new Import(m.group(1), m.group(3).replaceAll("\\\\(.)", "$1"), m.start(1)));
        }
        return found;
    }
}
