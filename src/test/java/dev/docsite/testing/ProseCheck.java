package dev.docsite.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N} .,;:!?'\"()/%&+=-]+");

    private ProseCheck() {
    }

    /** The prose lines of {@code docs} that no page of {@code out} shows, as {@code file:line: text}. */
    public static List<String> missing(Path docs, Path out) {
        String visible = normalise(visibleText(out));
        List<String> missing = new ArrayList<>();
        for (Path file : files(docs, ".md", ".mdx")) {
            List<String> lines = read(file);
            for (int i = proseStart(lines), fence = 0; i < lines.size(); i++) {
                String line = lines.get(i);
                String trimmed = line.strip();
                if (trimmed.startsWith("```") || trimmed.startsWith("~~~")) {
                    fence = fence == 0 ? 1 : 0;
                    continue;
                }
                String prose = fence == 0 ? prose(trimmed) : null;
                if (prose != null && !visible.contains(normalise(prose))) {
                    missing.add(docs.relativize(file) + ":" + (i + 1) + ": " + prose);
                }
            }
        }
        return missing;
    }

    /** The plain-text part of a source line worth checking (three words or more), or {@code null}. */
    static String prose(String trimmed) {
        if (trimmed.startsWith("import ") || trimmed.startsWith("export ") || trimmed.startsWith(":::")) {
            return null;
        }
        String text = MARKER.matcher(trimmed).replaceFirst("").strip();
        if (!PLAIN.matcher(text).matches() || text.split("\\s+").length < 3) {
            return null;
        }
        return text;
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
