package dev.docsite.frontmatter;

import dev.docsite.problem.Problem;
import dev.docsite.problem.ProblemCode;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Typed access to a page's loaded frontmatter map, as Docusaurus types its fields; a value of the wrong type is
 * reported at its line and treated as absent.
 */
final class FrontMatterFields {

    private final Map<String, Object> all;
    private final Map<String, Integer> lines;
    private final String file;
    private final List<Problem> problems;

    private FrontMatterFields(Map<String, Object> all, Map<String, Integer> lines, String file,
                              List<Problem> problems) {
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

    private String string(String key) {
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

    private Double number(String key) {
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

    private boolean bool(String key) {
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

    private int headingLevel(String key, int fallback) {
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

    private NavOverride navOverride(String key) {
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

    private List<String> strings(String key) {
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

    /** {@code last_update: {date: 2026-11-20, author: Ana}}, as Docusaurus reads it; anything else is a problem. */
    private FrontMatter.LastUpdate lastUpdate() {
        Object v = all.get("last_update");
        if (v == null) {
            return null;
        }
        String expected = "{date: YYYY-MM-DD, author: name} (either may be left out)";
        if (!(v instanceof Map<?, ?> map) || !Set.of("date", "author").containsAll(map.keySet())) {
            wrongType("last_update", expected);
            return null;
        }
        Object date = map.get("date");
        Object author = map.get("author");
        LocalDate day;
        try {
            day = date == null ? null : date instanceof Date d ? d.toInstant().atZone(ZoneOffset.UTC).toLocalDate()
                    : LocalDate.parse(String.valueOf(date).strip());
        } catch (DateTimeException e) {
            wrongType("last_update", expected);
            return null;
        }
        if (author instanceof Map || author instanceof List) {
            wrongType("last_update", expected);
            return null;
        }
        return new FrontMatter.LastUpdate(day, author == null ? null : String.valueOf(author));
    }

    /** Tags are strings or {@code {label, permalink}} objects in Docusaurus. */
    private List<String> tags() {
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

    /**
     * The Docusaurus fields of {@code all}, typed, for a block whose YAML is {@code yamlText} and whose closing fence
     * is on {@code closeLine}; wrong types are added to {@code problems}.
     */
    static FrontMatter typed(Map<String, Object> all, String yamlText, int closeLine, String file,
                             List<Problem> problems) {
        Map<String, Integer> keyLines = topLevelKeyLines(yamlText);
        FrontMatterFields f = new FrontMatterFields(all, keyLines, file, problems);
        return FrontMatter.builder()
                .startLine(2)
                .endLine(closeLine)
                .id(f.string("id"))
                .title(f.string("title"))
                .sidebarLabel(f.string("sidebar_label"))
                .sidebarPosition(f.number("sidebar_position"))
                .paginationLabel(f.string("pagination_label"))
                .paginationPrev(f.navOverride("pagination_prev"))
                .paginationNext(f.navOverride("pagination_next"))
                .description(f.string("description"))
                .keywords(f.strings("keywords"))
                .slug(f.string("slug"))
                .image(f.string("image"))
                .tags(f.tags())
                .draft(f.bool("draft"))
                .unlisted(f.bool("unlisted"))
                .hideTitle(f.bool("hide_title"))
                .hideTableOfContents(f.bool("hide_table_of_contents"))
                .tocMinHeadingLevel(f.headingLevel("toc_min_heading_level", 2))
                .tocMaxHeadingLevel(f.headingLevel("toc_max_heading_level", 3))
                .customEditUrl(f.string("custom_edit_url"))
                .kpis(f.strings("kpis"))
                .lastUpdate(f.lastUpdate())
                .all(all)
                .keyLines(keyLines)
                .build();
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
}
