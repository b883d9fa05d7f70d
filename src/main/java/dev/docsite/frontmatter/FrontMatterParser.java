package dev.docsite.frontmatter;

import dev.docsite.problem.Problem;
import dev.docsite.problem.ProblemCode;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.representer.Representer;

/**
 * Splits a page into YAML frontmatter and body ({@link FrontMatterBlock}), loads the YAML and types the Docusaurus
 * fields ({@link FrontMatterFields}). Thread-safe: each thread uses its own SnakeYAML instance.
 */
public final class FrontMatterParser {

    /** SnakeYAML instances are not thread-safe but are reusable; building one per page showed in profiles. */
    private static final ThreadLocal<Yaml> YAML = ThreadLocal.withInitial(() -> {
        LoaderOptions options = new LoaderOptions();
        DumperOptions unused = new DumperOptions();
        return new Yaml(new SafeConstructor(options), new Representer(unused), unused, options,
                new RememberingResolver());
    });

    /**
     * @param text        the whole file
     * @param displayPath file name for problems
     */
    public ParsedSource parse(String text, String displayPath) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        FrontMatterBlock block = FrontMatterBlock.find(text);
        if (block == null) {
            return new ParsedSource(FrontMatter.empty(), text, List.of());
        }
        if (!block.closed()) {
            Problem p = Problem.error(ProblemCode.FRONTMATTER, displayPath, 1, 1,
                    "frontmatter starts with '---' but is never closed; add a line '---' after the last field");
            return new ParsedSource(FrontMatter.empty(), text, List.of(p));
        }
        List<Problem> problems = new ArrayList<>();
        FrontMatter fm = typed(block.yaml(), block.closingLine(), displayPath, problems);
        return new ParsedSource(fm, block.body(text), problems);
    }

    /**
     * The body {@link #parse} gives {@code text} (its frontmatter lines blanked), without loading the YAML: for a
     * page already loaded whose text is read again.
     */
    public String bodyOf(String text) {
        if (text.startsWith("\uFEFF")) {
            text = text.substring(1);
        }
        FrontMatterBlock block = FrontMatterBlock.find(text);
        return block == null || !block.closed() ? text : block.body(text);
    }

    @SuppressWarnings("unchecked")
    private static FrontMatter typed(String yamlText, int closeLine, String file, List<Problem> problems) {
        Object loaded;
        try {
            loaded = YAML.get().load(yamlText);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 1 : e.getProblemMark().getLine() + 2;
            int col = e.getProblemMark() == null ? 1 : e.getProblemMark().getColumn() + 1;
            problems.add(Problem.error(ProblemCode.FRONTMATTER, file, line, col, "malformed frontmatter YAML: "
                    + e.getProblem() + "; the page is built without its frontmatter until this is fixed"));
            return FrontMatter.empty();
        } catch (YAMLException e) {
            problems.add(Problem.error(ProblemCode.FRONTMATTER, file, 2, 1,
                    "malformed frontmatter YAML: " + e.getMessage()));
            return FrontMatter.empty();
        }
        if (loaded == null) {
            return FrontMatter.builder().startLine(2).endLine(closeLine).build();
        }
        if (!(loaded instanceof Map)) {
            problems.add(Problem.error(ProblemCode.FRONTMATTER, file, 2, 1,
                    "frontmatter must be 'key: value' lines, such as 'title: My page'"));
            return FrontMatter.empty();
        }
        Map<String, Object> all = new LinkedHashMap<>();
        ((Map<Object, Object>) loaded).forEach((k, v) -> all.put(String.valueOf(k), v));
        return FrontMatterFields.typed(all, yamlText, closeLine, file, problems);
    }
}
