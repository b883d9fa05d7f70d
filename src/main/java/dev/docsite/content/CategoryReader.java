package dev.docsite.content;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docsite.problem.Problem;
import dev.docsite.problem.ProblemCode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads {@code _category_.json} / {@code _category_.yml} as Docusaurus defines them. */
final class CategoryReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    Category read(Path dir, String folder, Function<Path, String> display, List<Problem> problems) {
        String name = folder.isEmpty() ? "" : folder.substring(folder.lastIndexOf('/') + 1);
        Category fallback = new Category(folder, NumberPrefix.strip(name), null, true, null, null);
        for (String file : List.of("_category_.json", "_category_.yml", "_category_.yaml")) {
            Path p = dir.resolve(file);
            if (Files.isRegularFile(p)) {
                try {
                    return fromMap(folder, fallback, parse(p), display.apply(p), problems);
                } catch (IOException | YAMLException e) {
                    problems.add(Problem.error(ProblemCode.CATEGORY, display.apply(p), lineOf(e), 0,
                            "cannot read category metadata: " + firstLine(e.getMessage())
                                    + "; the folder name is used as its label"));
                    return fallback;
                }
            }
        }
        return fallback;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> parse(Path p) throws IOException {
        String text = Files.readString(p, StandardCharsets.UTF_8);
        Object doc = p.toString().endsWith(".json")
                ? JSON.readValue(text, Object.class)
                : new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        if (doc == null) {
            return Map.of();
        }
        if (!(doc instanceof Map)) {
            throw new IOException("expected an object with keys such as label and position");
        }
        return (Map<String, Object>) doc;
    }

    private static Category fromMap(String folder, Category fallback, Map<String, Object> m, String file,
                                    List<Problem> problems) {
        String label = m.get("label") == null ? fallback.label() : String.valueOf(m.get("label"));
        Double position = null;
        Object pos = m.get("position");
        if (pos instanceof Number n) {
            position = n.doubleValue();
        } else if (pos != null) {
            problems.add(Problem.error(ProblemCode.CATEGORY, file, 0, 0,
                    "'position' must be a number, got '" + pos + "'"));
        }
        boolean collapsed = !(m.get("collapsed") instanceof Boolean b) || b;
        String linkDoc = null;
        String description = null;
        if (m.get("link") instanceof Map<?, ?> link) {
            if ("doc".equals(link.get("type")) && link.get("id") != null) {
                linkDoc = String.valueOf(link.get("id"));
            }
            if (link.get("description") != null) {
                description = String.valueOf(link.get("description"));
            }
        }
        if (m.get("description") != null) {
            description = String.valueOf(m.get("description"));
        }
        return new Category(folder, label, position, collapsed, linkDoc, description);
    }

    private static int lineOf(Exception e) {
        if (e instanceof MarkedYAMLException y && y.getProblemMark() != null) {
            return y.getProblemMark().getLine() + 1;
        }
        if (e instanceof JsonProcessingException j && j.getLocation() != null) {
            return j.getLocation().getLineNr();
        }
        return 0;
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "unknown error";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }
}
