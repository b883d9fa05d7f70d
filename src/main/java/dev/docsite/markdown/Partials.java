package dev.docsite.markdown;

import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import dev.docsite.markdown.mdx.JsxAttribute;
import dev.docsite.markdown.mdx.JsxElement;
import dev.docsite.markdown.mdx.JsxExpressions;
import dev.docsite.markdown.partial.Partial;
import dev.docsite.markdown.partial.PartialException;
import dev.docsite.markdown.partial.PartialImports;
import dev.docsite.markdown.partial.PartialProps;
import dev.docsite.markdown.scope.EsmScope;
import dev.docsite.markdown.source.LineMap;
import dev.docsite.problem.ProblemCode;
import dev.docsite.problem.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The partials of one file (the page or a partial): the Markdown files it imports as components, and their
 * inclusion in place of each {@code <Name />}, props filled, transformed as the page is (so a partial may import
 * partials), positions kept in the partial's own file. A partial that includes one of the files it is included from
 * is an error naming both places.
 */
final class Partials {

    /** A file being included and where: {@code docs/page.md:12}. */
    private record Inclusion(Path path, String at) {
    }

    private final Parser parser;
    private final PageModel model;
    private final Path file;
    private final List<Inclusion> ancestors;
    private final Map<String, PartialImports.Import> imports = new HashMap<>();
    private final EsmScope.Builder scope = new EsmScope.Builder();

    /**
     * @param file      the file whose imports these are
     * @param ancestors the partials being included around it, outermost first
     */
    Partials(Parser parser, PageModel model, Path file, List<Inclusion> ancestors) {
        this.parser = parser;
        this.model = model;
        this.file = file;
        this.ancestors = ancestors;
    }

    /**
     * Binds {@code frontMatter} as Docusaurus's MDX compiler does for every file: a page's expressions read the page's
     * frontmatter, a partial's its own (none: a partial's frontmatter is not read, so an empty object). Only done when
     * the file's text names it, so that no other page pays for the JSON.
     */
    void provideFrontMatter(CharSequence text, Map<String, Object> frontMatter) {
        if (text.toString().contains("frontMatter")) {
            scope.provided("frontMatter", ScopeJson.of(frontMatter));
        }
    }

    /**
     * Records the partial imports and the evaluable bindings of an ESM block.
     *
     * @param esm  the block's whole text (a statement may continue after blank lines)
     * @param line the file line it starts at
     */
    void imports(String esm, int line) {
        imports.putAll(PartialImports.in(esm));
        scope.add(esm, line);
    }

    /** Puts the values of this file's bindings where {@code container}'s expressions use them. */
    void evaluate(Node container, PageModel.Origin origin) {
        new FileExpressions(model, file, scope.build()).apply(container, origin);
    }

    boolean isPartial(String componentName) {
        return imports.containsKey(componentName);
    }

    /** Replaces {@code element} with the partial it names. */
    void include(JsxElement element, PageModel.Origin origin) {
        LineMap map = origin.map();
        String here = (map.file() == null ? model.source.display() : map.file()) + ":" + element.line();
        PartialImports.Import imp = imports.get(element.name());
        Partial partial;
        try {
            partial = model.source.partials().read(file, imp.specifier());
        } catch (PartialException e) {
            model.notice(ProblemCode.PARTIAL, e.npmPackage() ? Severity.WARNING : Severity.ERROR, map, element.line(),
                    element.column(),
                    "<" + element.name() + "> is not included: " + e.getMessage());
            element.unlink();
            return;
        }
        String cycle = cycle(partial.path());
        if (cycle != null) {
            model.notice(ProblemCode.PARTIAL, Severity.ERROR, map, element.line(), element.column(),
                    "<" + element.name() + "> includes " + partial.display() + " at " + here + ", which is already being"
                            + " included at " + cycle + "; a partial cannot include itself, so it is not included here");
            element.unlink();
            return;
        }
        String body = PartialProps.fill(partial.body(), props(element));
        Document document = parser.parse(body);
        Partials inner = new Partials(parser, model, partial.path(), List.copyOf(innerAncestors(partial, here)));
        inner.provideFrontMatter(body, Map.of());
        PageModel.Origin partialOrigin = new PageModel.Origin(LineMap.identity(body, partial.display()), document);
        model.includedAt.putIfAbsent(partial.display(), here);
        model.partials.add(partial.path());
        PageTransformer.transformPartial(parser, model, inner, document, partialOrigin);
        Node n = document.getFirstChild();
        while (n != null) {
            Node next = n.getNext();
            n.unlink();
            if (model.originOf(n, null) == null) {
                model.registerOrigin(n, partialOrigin);
            }
            element.insertBefore(n);
            n = next;
        }
        element.unlink();
    }

    private List<Inclusion> innerAncestors(Partial partial, String here) {
        List<Inclusion> inner = new ArrayList<>(ancestors);
        inner.add(new Inclusion(partial.path(), here));
        return inner;
    }

    /** Where {@code path} is already being included ({@code file:line}), or {@code null}. */
    private String cycle(Path path) {
        if (path.equals(model.source.file().toAbsolutePath().normalize())) {
            return model.source.display() + " (the page itself)";
        }
        for (Inclusion i : ancestors) {
            if (i.path().equals(path)) {
                return i.at();
            }
        }
        return null;
    }

    private static Map<String, String> props(JsxElement element) {
        Map<String, String> props = new LinkedHashMap<>();
        for (JsxAttribute a : element.tag().attributes()) {
            String value = a.name() == null ? null : JsxExpressions.staticValue(a);
            if (value != null) {
                props.put(a.name(), value);
            }
        }
        return props;
    }
}
