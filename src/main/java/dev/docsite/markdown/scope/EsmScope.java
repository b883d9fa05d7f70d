package dev.docsite.markdown.scope;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names one MDX file (a page or a partial) binds in its ESM lines that docsite can evaluate: values imported
 * from the site's own script and JSON modules, and {@code export const|let|var} values. Imports of Markdown partials,
 * of theme components ({@code @theme/…}, {@code @docusaurus/…}), of npm packages and of styles or images are none
 * of these and are not bound here.
 */
public final class EsmScope {

    /** One bound name and the CommonJS statement that defines it, at its 1-based line of the file. */
    public record Binding(String name, String statement, int line) {
    }

    private static final Pattern IMPORT = Pattern.compile(
            "^import\\s+(?:([A-Za-z_$][\\w$]*)\\s*,?\\s*)?(?:\\{([^}]*)}|\\*\\s*as\\s+([A-Za-z_$][\\w$]*))?\\s*from\\s*"
                    + "(['\"])([^'\"]+)\\4\\s*;?\\s*$", Pattern.DOTALL);
    private static final Pattern EXPORT_VALUE = Pattern.compile(
            "^export\\s+(const|let|var)\\s+([A-Za-z_$][\\w$]*)\\s*=", Pattern.DOTALL);
    private static final Pattern EXPORT_FUNCTION = Pattern.compile(
            "^export\\s+((?:async\\s+)?function\\s*\\*?\\s*([A-Za-z_$][\\w$]*))");
    private static final java.util.Set<String> SCRIPT_EXTENSIONS = java.util.Set.of("js", "jsx", "ts", "tsx", "mjs",
            "cjs", "json");
    private static final Pattern IDENTIFIER = Pattern.compile("[A-Za-z_$][\\w$]*");

    /** A file without such bindings. */
    public static final EsmScope EMPTY = new EsmScope(Map.of());

    private final Map<String, Binding> bindings;

    private EsmScope(Map<String, Binding> bindings) {
        this.bindings = bindings;
    }

    public boolean isEmpty() {
        return bindings.isEmpty();
    }

    /** Every binding, in the file's order. */
    public java.util.Collection<Binding> bindings() {
        return bindings.values();
    }

    /** The binding of {@code name}, or {@code null}. */
    public Binding binding(String name) {
        return bindings.get(name);
    }

    /** The bound names {@code expression} refers to (by identifier, not after a dot), in first-use order. */
    public List<String> referencedBy(String expression) {
        List<String> names = new ArrayList<>();
        Matcher m = IDENTIFIER.matcher(expression);
        while (m.find()) {
            boolean member = m.start() > 0 && expression.charAt(m.start() - 1) == '.';
            if (!member && bindings.containsKey(m.group()) && !names.contains(m.group())) {
                names.add(m.group());
            }
        }
        return names;
    }

    /** Collects the bindings of a file's ESM blocks, in order. */
    public static final class Builder {
        private final Map<String, Binding> bindings = new LinkedHashMap<>();

        /**
         * Binds {@code name} to a value the MDX compiler gives every file (Docusaurus's {@code frontMatter}), as a
         * JSON literal; the file's own statements may bind the name again.
         */
        public Builder provided(String name, String json) {
            bindings.put(name, new Binding(name, "const " + name + " = " + json + ";", 0));
            return this;
        }

        /**
         * Adds the statements of one ESM block.
         *
         * @param esm       the block's text
         * @param firstLine the file line of its first character
         */
        public Builder add(String esm, int firstLine) {
            for (Statement s : Statement.split(esm)) {
                statement(s.text().strip(), firstLine + s.lineOffset());
            }
            return this;
        }

        private void statement(String statement, int line) {
            Matcher m = IMPORT.matcher(statement);
            if (m.matches()) {
                if (isScriptModule(m.group(5))) {
                    imports(m, line);
                }
                return;
            }
            m = EXPORT_VALUE.matcher(statement);
            if (m.lookingAt()) {
                bindings.put(m.group(2), new Binding(m.group(2), statement.substring("export".length()).strip(), line));
                return;
            }
            m = EXPORT_FUNCTION.matcher(statement);
            if (m.lookingAt()) {
                bindings.put(m.group(2), new Binding(m.group(2), statement.substring("export".length()).strip(), line));
            }
        }

        private void imports(Matcher m, int line) {
            String require = "require(" + quote(m.group(5)) + ")";
            if (m.group(1) != null) {
                // The default import as Babel and sucrase interpret it: module.exports unless it is an ES module.
                bindings.put(m.group(1), new Binding(m.group(1), "const " + m.group(1) + " = ((m) => m && m.__esModule ? m.default : m)("
                        + require + ");", line));
            }
            if (m.group(3) != null) {
                bindings.put(m.group(3), new Binding(m.group(3), "const " + m.group(3) + " = " + require + ";", line));
            }
            if (m.group(2) != null) {
                for (String part : m.group(2).split(",")) {
                    String[] names = part.strip().split("\\s+as\\s+");
                    if (names[0].isEmpty() || !IDENTIFIER.matcher(names[0]).matches()) {
                        continue;
                    }
                    String local = names.length > 1 ? names[1].strip() : names[0];
                    bindings.put(local, new Binding(local, "const " + local + " = " + require + "[" + quote(names[0]) + "];", line));
                }
            }
        }

        public EsmScope build() {
            return bindings.isEmpty() ? EMPTY : new EsmScope(Collections.unmodifiableMap(new LinkedHashMap<>(bindings)));
        }
    }

    /** A module of the site's own (a path) holding script or JSON, not Markdown, styles or images. */
    static boolean isScriptModule(String specifier) {
        if (!specifier.startsWith("./") && !specifier.startsWith("../") && !specifier.startsWith("@site/")) {
            return false;
        }
        String last = specifier.substring(specifier.lastIndexOf('/') + 1);
        int dot = last.lastIndexOf('.');
        return dot <= 0 || SCRIPT_EXTENSIONS.contains(last.substring(dot + 1));
    }

    static String quote(String s) {
        StringBuilder sb = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.append('"').toString();
    }
}
