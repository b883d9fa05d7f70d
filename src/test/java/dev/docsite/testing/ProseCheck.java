package dev.docsite.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jsoup.Jsoup;

/**
 * Nothing a writer wrote disappears: every prose line of a docs folder's Markdown files (partials included) must
 * appear in the text of some built page. A prose line is a line of plain words outside code fences, frontmatter and
 * ESM, stripped of list, heading and quote markers; lines with markup ({@code < { [ ` * _ | :::}) are left out,
 * since their text is not written as is. Works on any docs folder and its built output:
 * {@code java -cp target/test-classes:… dev.docsite.testing.ProseCheck DOCS_DIR OUT_DIR}.
 */
public final class ProseCheck {

    private static final Pattern MARKER = Pattern.compile("^\\s*(?:[-*+]\\s+|\\d+[.)]\\s+|#{1,6}\\s+|>\\s*)+");
    /** A tag left open at the end of its line: its attributes follow on the next lines. */
    private static final Pattern OPEN_TAG = Pattern.compile("<[A-Za-z][\\w.-]*(?:\\s[^>]*)?");
    private static final Pattern LINK = Pattern.compile("(?<!!)\\[([^\\[\\]`*_]+)]\\([^()\\s]+\\)");
    private static final Pattern CODE_SPAN = Pattern.compile("`([^`<>{}]+)`");
    private static final Pattern EMPHASIS = Pattern.compile("(\\*\\*|\\*|__)([\\p{L}\\p{N}](?:[^*_]*?[^\\s*_])?)\\1");
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N} .,;:!?'\"()/%&+=-]+");

    private ProseCheck() {
    }

    /** The prose lines of {@code docs} that no page of {@code out} shows, as {@code file:line: text}. */
    public static List<String> missing(Path docs, Path out) {
        String visible = normalise(visibleText(out));
        List<String> missing = new ArrayList<>();
        for (Path file : files(docs, ".md", ".mdx")) {
            List<String> lines = read(file);
            String closer = null; // what ends the code fence, comment or style block the line is in
            for (int i = proseStart(lines); i < lines.size(); i++) {
                String trimmed = lines.get(i).strip();
                if (closer != null) {
                    if (trimmed.startsWith(closer) || !closer.startsWith("`") && !closer.startsWith("~")
                            && trimmed.contains(closer)) {
                        closer = null;
                    }
                    continue;
                }
                closer = opener(trimmed);
                if (closer != null) {
                    continue;
                }
                String prose = prose(trimmed);
                if (prose != null && !visible.contains(normalise(prose))) {
                    missing.add(docs.relativize(file) + ":" + (i + 1) + ": " + prose);
                }
            }
        }
        return missing;
    }

    /**
     * What closes a code fence, an HTML or MDX comment, a style/script block, or a tag whose attributes go on over
     * the next lines ({@code <iframe} then {@code src="…"} lines), opening on this line; or null.
     */
    private static String opener(String trimmed) {
        if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
            return trimmed.substring(0, 3);
        }
        if (OPEN_TAG.matcher(trimmed).matches()) {
            return ">";
        }
        for (String[] pair : new String[][] {{"<!--", "-->"}, {"{/*", "*/}"}, {"<style", "</style>"},
                {"<script", "</script>"}}) {
            int at = trimmed.indexOf(pair[0]);
            if (at >= 0 && trimmed.indexOf(pair[1], at + pair[0].length()) < 0) {
                return pair[1];
            }
        }
        return null;
    }

    /** The plain-text part of a source line worth checking (three words or more), or {@code null}. */
    static String prose(String trimmed) {
        if (trimmed.startsWith("import ") || trimmed.startsWith("export ") || trimmed.startsWith(":::")) {
            return null;
        }
        String text = inlineText(MARKER.matcher(trimmed).replaceFirst("").strip());
        if (!PLAIN.matcher(text).matches() || text.split("\\s+").length < 3) {
            return null;
        }
        return text;
    }

    /**
     * The words of a line as a page shows them: a link's text without its URL, code spans and emphasis without
     * their markers (nested or odd markup stays, and the line is then left out as markup).
     */
    static String inlineText(String line) {
        // A line opening with ')' ends a link whose URL the line before holds: the words after it are the text.
        String text = LINK.matcher(line.startsWith(")") ? line.substring(1).strip() : line).replaceAll("$1");
        // A code span's edge spaces are not compared: CommonMark keeps a lone one, flexmark drops it.
        text = CODE_SPAN.matcher(text).replaceAll(m -> Matcher.quoteReplacement(m.group(1).strip()));
        return EMPHASIS.matcher(text).replaceAll("$2");
    }

    private static int proseStart(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return 0;
        }
        for (int i = 1; i < lines.size(); i++) {
            if (lines.get(i).strip().equals("---")) {
                return i + 1;
            }
        }
        return 0;
    }

    private static String visibleText(Path out) {
        StringBuilder sb = new StringBuilder();
        for (Path html : files(out, ".html")) {
            sb.append(Jsoup.parse(String.join("\n", read(html))).body().text()).append('\n');
        }
        return sb.toString();
    }

    private static String normalise(String s) {
        return s.replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }

    private static List<Path> files(Path dir, String... endings) {
        try (Stream<Path> walk = Files.walk(dir)) {
            return walk.filter(Files::isRegularFile).filter(p -> {
                String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
                for (String e : endings) {
                    if (name.endsWith(e)) {
                        return true;
                    }
                }
                return false;
            }).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> read(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void main(String[] args) {
        List<String> missing = missing(Path.of(args[0]), Path.of(args[1]));
        missing.forEach(System.out::println);
        System.out.println(missing.size() + " prose line(s) missing");
    }
}
