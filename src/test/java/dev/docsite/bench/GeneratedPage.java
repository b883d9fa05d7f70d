package dev.docsite.bench;

import com.vladsch.flexmark.ast.FencedCodeBlock;
import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Image;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.ext.tables.TableBlock;
import com.vladsch.flexmark.ext.tables.TablesExtension;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.Yaml;

/** A generated page read back with flexmark and SnakeYAML, as the tests see it. */
record GeneratedPage(Path file, Map<String, Object> frontmatter, List<String> bodyLines, List<String> headings,
                     List<String> links, List<String> images, List<String> codeLanguages, int tables,
                     List<String> kpiIds) {

    private static final Parser PARSER = Parser.builder(
            new MutableDataSet().set(Parser.EXTENSIONS, List.of(TablesExtension.create()))).build();
    private static final Pattern INLINE_KPI = Pattern.compile(":kpi\\[([^\\]]+)]");

    static GeneratedPage read(Path file) throws IOException {
        String text = Files.readString(file, StandardCharsets.UTF_8);
        if (!text.startsWith("---\n")) {
            throw new AssertionError(file + ": no frontmatter");
        }
        int end = text.indexOf("\n---\n", 4);
        Map<String, Object> frontmatter = new Yaml().load(text.substring(4, end));
        String body = text.substring(end + 5);
        List<String> bodyLines = body.strip().lines().toList();

        List<String> headings = new ArrayList<>();
        List<String> links = new ArrayList<>();
        List<String> images = new ArrayList<>();
        List<String> languages = new ArrayList<>();
        List<String> kpis = new ArrayList<>();
        int[] tables = {0};
        Document doc = PARSER.parse(body);
        visit(doc, node -> {
            if (node instanceof Heading h) {
                headings.add(h.getText().toString());
            } else if (node instanceof Link l) {
                links.add(l.getUrl().toString());
            } else if (node instanceof Image i) {
                images.add(i.getUrl().toString());
            } else if (node instanceof TableBlock) {
                tables[0]++;
            } else if (node instanceof FencedCodeBlock f) {
                String info = f.getInfo().toString();
                languages.add(info);
                if (info.equals("kpi")) {
                    f.getContentChars().toString().lines().map(String::strip).filter(s -> !s.isEmpty()).forEach(kpis::add);
                }
            } else if (node instanceof Paragraph p) {
                Matcher m = INLINE_KPI.matcher(p.getChars());
                while (m.find()) {
                    kpis.add(m.group(1));
                }
            }
        });
        return new GeneratedPage(file, frontmatter, bodyLines, headings, links, images, languages, tables[0], kpis);
    }

    /** GitHub-style slug, written independently of the generator's {@link HeadingSlug}. */
    static String githubSlug(String heading) {
        return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N} _-]", "").replace(' ', '-');
    }

    private static void visit(Node node, java.util.function.Consumer<Node> action) {
        action.accept(node);
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            visit(child, action);
        }
    }
}
