package dev.docsite.frontmatter;

import dev.docsite.problem.Problem;
import dev.docsite.problem.ProblemCode;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Splits a page into YAML frontmatter and body and types the Docusaurus fields.
 * Thread-safe: each thread uses its own SnakeYAML instance.
 */
public final class FrontMatterParser {


    /**
     * @param text        the whole file
     * @param displayPath file name for problems
     */
    public ParsedSource parse(String text, String displayPath) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        // Only the frontmatter's lines are split off: the rest of the page is left as it is.
        int firstEnd = lineEnd(text, 0);
        if (text.isEmpty() || !text.substring(0, firstEnd).strip().equals("---")) {
            return new ParsedSource(FrontMatter.empty(), text, List.of());
        }
        List<String> yamlLines = new ArrayList<>();
        int close = -1;
        for (int start = nextLine(text, firstEnd), line = 1; start < text.length(); line++) {
            int end = lineEnd(text, start);
            String l = text.substring(start, end);
            String stripped = l.strip();
            if (stripped.equals("---") || stripped.equals("...")) {
                close = line;
                break;
            }
            yamlLines.add(l);
            start = nextLine(text, end);
        }
        if (close < 0) {
            Problem p = Problem.error(ProblemCode.FRONTMATTER, displayPath, 1, 1,
                    "frontmatter starts with '---' but is never closed; add a line '---' after the last field");
            return new ParsedSource(FrontMatter.empty(), text, List.of(p));
        }
        String yamlText = String.join("\n", yamlLines);
        String body = blankLines(text, close + 1);
        List<Problem> problems = new ArrayList<>();
        FrontMatter fm = typed(yamlText, close + 1, displayPath, problems);
        return new ParsedSource(fm, body, problems);
    }

    /**
     * Lines of top-level keys, found textually: composing the YAML node tree only for its marks would parse every
     * frontmatter twice, and frontmatter keys are plain words at the start of a line.
     */
    private static Map<String, Integer> topLevelKeyLines(String yamlText) {
        Map<String, Integer> lines = new HashMap<>();
        int line = 2;
        int start = 0;
        while (start <= yamlText.length()) {
            int end = yamlText.indexOf('\n', start);
            if (end < 0) {
                end = yamlText.length();
            }
            int colon = yamlText.indexOf(':', start);
            if (colon > start && colon < end && !Character.isWhitespace(yamlText.charAt(start))
                    && yamlText.charAt(start) != '#' && yamlText.charAt(start) != '-') {
                String key = yamlText.substring(start, colon).strip();
                if (key.length() > 1 && (key.charAt(0) == '"' || key.charAt(0) == '\'')) {
                    key = key.substring(1, key.length() - 1);
                }
                lines.putIfAbsent(key, line);
            }
            start = end + 1;
            line++;
        }
        return lines;
    }

    /** Where the line starting at {@code start} ends: its \\n, \\r or \\r\\n (as {@link String#lines()}), or the end. */
    private static int lineEnd(String text, int start) {
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return text.length();
    }

    /** The start of the line after the one ending at {@code end}. */
    private static int nextLine(String text, int end) {
        if (end >= text.length()) {
            return end;
        }
        boolean crlf = text.charAt(end) == '\r' && end + 1 < text.length() && text.charAt(end + 1) == '\n';
        return end + (crlf ? 2 : 1);
    }

    /** Replaces the first {@code count} lines with empty lines, keeping the rest byte-identical. */
    private static String blankLines(String text, int count) {
        int pos = 0;
        for (int i = 0; i < count; i++) {
            pos = nextLine(text, lineEnd(text, pos));
        }
        return "\n".repeat(count) + text.substring(Math.min(pos, text.length()));
    }

    @SuppressWarnings("unchecked")
    /** SnakeYAML instances are not thread-safe but are reusable; building one per page showed in profiles. */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(
            () -> new Yaml(new SafeConstructor(new LoaderOptions())));

    private FrontMatter typed(String yamlText, int closeLine, String file, List<Problem> problems) {
        Yaml yaml = YAML.get();
        Object loaded;
        Map<String, Integer> keyLines = topLevelKeyLines(yamlText);
        try {
            loaded = yaml.load(yamlText);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 2;
            int col = e.getProblemMark() == null ? 1 : e.getProblemMark().getColumn() + 1;
            problems.add(Problem.error(ProblemCode.FRONTMATTER, file, line, col, "malformed frontmatter YAML: " + e.getProblem()
                    + "; the page is built without its frontmatter until this is fixed"));
            return FrontMatter.empty();
        } catch (YAMLException e) {
            problems.add(Problem.error(ProblemCode.FRONTMATTER, file, 2, 1, "malformed frontmatter YAML: " + e.getMessage()));
            return FrontMatter.empty();
        }
        if (loaded == null) {
            return withLines(FrontMatter.empty(), closeLine);
        }
        if (!(loaded instanceof Map)) {
            problems.add(Problem.error(ProblemCode.FRONTMATTER, file, 2, 1,
                    "frontmatter must be 'key: value' lines, such as 'title: My page'"));
            return FrontMatter.empty();
        }
        Map<String, Object> all = new LinkedHashMap<>();
        ((Map<Object, Object>) loaded).forEach((k, v) -> all.put(String.valueOf(k), v));
        Fields f = new Fields(all, keyLines, file, problems);
        return new FrontMatter(
                2, closeLine,
                f.string("id"),
                f.string("title"),
                f.string("sidebar_label"),
                f.number("sidebar_position"),
                f.string("pagination_label"),
                f.navOverride("pagination_prev"),
                f.navOverride("pagination_next"),
                f.string("description"),
                f.strings("keywords"),
                f.string("slug"),
                f.string("image"),
                f.tags(),
                f.bool("draft"),
                f.bool("unlisted"),
                f.bool("hide_title"),
                f.bool("hide_table_of_contents"),
                f.headingLevel("toc_min_heading_level", 2),
                f.headingLevel("toc_max_heading_level", 3),
                f.string("custom_edit_url"),
                f.strings("kpis"),
                all,
                keyLines);
    }

    private static FrontMatter withLines(FrontMatter fm, int closeLine) {
        return new FrontMatter(2, closeLine, fm.id(), fm.title(), fm.sidebarLabel(), fm.sidebarPosition(),
                fm.paginationLabel(), fm.paginationPrev(), fm.paginationNext(), fm.description(), fm.keywords(),
                fm.slug(), fm.image(), fm.tags(), fm.draft(), fm.unlisted(), fm.hideTitle(), fm.hideTableOfContents(),
                fm.tocMinHeadingLevel(), fm.tocMaxHeadingLevel(), fm.customEditUrl(), fm.kpis(), fm.all(), fm.keyLines());
    }

    /** Typed access to the loaded map; a value of the wrong type is reported at its line and treated as absent. */
    private static final class Fields {
        private final Map<String, Object> all;
        private final Map<String, Integer> lines;
        private final String file;
        private final List<Problem> problems;

        Fields(Map<String, Object> all, Map<String, Integer> lines, String file, List<Problem> problems) {
            this.all = all;
            this.lines = lines;
            this.file = file;
            this.problems = problems;
        }

        private void wrongType(String key, String expected) {
            Object v = all.get(key);
            problems.add(Problem.error(ProblemCode.FRONTMATTER, file, lines.getOrDefault(key, 2), 1,
                    "frontmatter '" + key + "' must be " + expected + ", got " + describe(v)
                            + "; the field is ignored").withTarget(key));
        }

        private static String describe(Object v) {
            if (v instanceof Map) {
                return "a mapping";
            }
            if (v instanceof List) {
                return "a list";
            }
            return "'" + v + "'";
        }

        String string(String key) {
            Object v = all.get(key);
            if (v == null) {
                return null;
            }
            if (v instanceof Map || v instanceof List) {
                wrongType(key, "a single value");
                return null;
            }
            if (v instanceof Date d) {
                return d.toInstant().toString().substring(0, 10);
            }
            return String.valueOf(v);
        }

        Double number(String key) {
            Object v = all.get(key);
            if (v == null) {
                return null;
            }
            if (v instanceof Number n) {
                return n.doubleValue();
            }
            wrongType(key, "a number");
            return null;
        }

        boolean bool(String key) {
            Object v = all.get(key);
            if (v == null) {
                return false;
            }
            if (v instanceof Boolean b) {
                return b;
            }
            wrongType(key, "true or false");
            return false;
        }

        int headingLevel(String key, int fallback) {
            Object v = all.get(key);
            if (v == null) {
                return fallback;
            }
            if (v instanceof Integer i && i >= 2 && i <= 6) {
                return i;
            }
            wrongType(key, "a heading level from 2 to 6");
            return fallback;
        }

        NavOverride navOverride(String key) {
            if (!all.containsKey(key)) {
                return null;
            }
            Object v = all.get(key);
            if (v == null) {
                return NavOverride.NONE;
            }
            if (v instanceof Map || v instanceof List) {
                wrongType(key, "a doc id or null");
                return null;
            }
            return NavOverride.to(String.valueOf(v));
        }

        List<String> strings(String key) {
            Object v = all.get(key);
            if (v == null) {
                return List.of();
            }
            if (v instanceof List<?> list) {
                List<String> out = new ArrayList<>();
                for (Object o : list) {
                    if (o instanceof Map || o instanceof List || o == null) {
                        wrongType(key, "a list of words");
                        return List.of();
                    }
                    out.add(String.valueOf(o));
                }
                return out;
            }
            if (v instanceof Map) {
                wrongType(key, "a list such as [a, b]");
                return List.of();
            }
            // Docusaurus accepts only arrays; a comma-separated string is what writers mean, so accept it.
            List<String> out = new ArrayList<>();
            for (String s : String.valueOf(v).split(",")) {
                if (!s.isBlank()) {
                    out.add(s.strip());
                }
            }
            return out;
        }

        /** Tags are strings or {@code {label, permalink}} objects in Docusaurus. */
        List<String> tags() {
            Object v = all.get("tags");
            if (v instanceof List<?> list) {
                List<String> out = new ArrayList<>();
                for (Object o : list) {
                    if (o instanceof Map<?, ?> m && m.get("label") != null) {
                        out.add(String.valueOf(m.get("label")));
                    } else if (o != null && !(o instanceof Map) && !(o instanceof List)) {
                        out.add(String.valueOf(o));
                    } else {
                        wrongType("tags", "a list of tags");
                        return List.of();
                    }
                }
                return out;
            }
            return strings("tags");
        }
    }
}
