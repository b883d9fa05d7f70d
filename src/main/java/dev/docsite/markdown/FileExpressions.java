package dev.docsite.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import dev.docsite.markdown.mdx.JsxAttribute;
import dev.docsite.markdown.mdx.JsxElement;
import dev.docsite.markdown.mdx.JsxExpressions;
import dev.docsite.markdown.mdx.JsxInlineTag;
import dev.docsite.markdown.mdx.JsxTag;
import dev.docsite.markdown.mdx.JsxTagScanner;
import dev.docsite.markdown.scope.EsmScope;
import dev.docsite.markdown.scope.Evaluation;
import dev.docsite.problem.ProblemCode;
import dev.docsite.problem.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Puts the values of a file's {@code export const}s and imported site modules where its JSX attributes
 * ({@code values={constants.oses}}) and text expressions ({@code {version}}) use them, evaluated in one batch per
 * file. An expression that cannot be evaluated keeps its source text and is a warning at its line. Only expressions
 * naming one of the file's bindings are touched; the nodes of included partials were done with their own scope.
 */
final class FileExpressions {

    /**
     * One expression found, and how to put its value in place; {@code rawAttribute}: an attribute of raw HTML, left
     * out of its tag when it has no value (a JSX attribute or text keeps its source text).
     */
    private record Use(String expression, int line, int column, boolean text, java.util.function.Consumer<Evaluation> apply,
                       boolean rawAttribute) {
        Use(String expression, int line, int column, boolean text, java.util.function.Consumer<Evaluation> apply) {
            this(expression, line, column, text, apply, false);
        }
    }

    private final PageModel model;
    private final Path file;
    private final EsmScope scope;
    private final List<Use> uses = new ArrayList<>();

    FileExpressions(PageModel model, Path file, EsmScope scope) {
        this.model = model;
        this.file = file;
        this.scope = scope;
    }

    /** Evaluates and substitutes the expressions under {@code container}, parsed from {@code origin}'s file. */
    void apply(Node container, PageModel.Origin origin) {
        if (scope.isEmpty()) {
            return;
        }
        collect(container, origin, origin.map().file());
        if (uses.isEmpty()) {
            return;
        }
        List<Evaluation> results = new ArrayList<>(model.source.modules().evaluate(file,
                scope, uses.stream().map(Use::expression).toList()));
        List<Integer> failed = new ArrayList<>();
        // Last first: several expressions of one text node are cut out of it from its end.
        for (int i = results.size() - 1; i >= 0; i--) {
            Use use = uses.get(i);
            Evaluation result = results.get(i);
            if (result.ok() && use.text() && holdsObject(result.value())) {
                result = Evaluation.failed("an object is not text (React refuses objects as children)");
            }
            if (result.ok()) {
                use.apply().accept(result);
            } else {
                failed.add(0, i);
                results.set(i, result);
            }
        }
        for (int i : failed) {
            Use use = uses.get(i);
            model.notice(ProblemCode.MDX_EXPRESSION, Severity.WARNING, origin.map(), use.line(), use.column(),
                    "{" + use.expression().strip() + "} cannot be evaluated, " + (use.rawAttribute()
                            ? "so the attribute is left out: " : "its source text is kept: ") + results.get(i).error());
        }
    }

    private void collect(Node container, PageModel.Origin inherited, String fileName) {
        for (Node n = container.getFirstChild(); n != null; n = n.getNext()) {
            PageModel.Origin origin = model.originOf(n, inherited);
            if (!Objects.equals(origin.map().file(), fileName) || isCode(n)) {
                continue;
            }
            if (n instanceof JsxElement element) {
                attributes(element::tag, element.line(), element.column(), element::replaceTag);
            } else if (n instanceof JsxInlineTag tag && tag.tag().writtenAsHtml()) {
                rawTags(n, n.getChars(), origin);
            } else if (n instanceof com.vladsch.flexmark.ast.HtmlBlock || n instanceof dev.docsite.markdown.mdx.JsxBlock) {
                rawTags(n, ((com.vladsch.flexmark.util.ast.Block) n).getContentChars(), origin);
            } else if (n instanceof com.vladsch.flexmark.ast.HtmlInline) {
                rawTags(n, n.getChars(), origin);
            } else if (n instanceof JsxInlineTag tag) {
                int offset = n.getStartOffset();
                attributes(tag::tag, origin.map().line(offset), origin.map().column(offset), tag::replaceTag);
            } else if (n instanceof Text text && text.getChars().indexOf('{') >= 0) {
                textExpressions(text, origin);
            }
            collect(n, origin, fileName);
        }
    }

    /** Code shows braces as written: {@code {x}} in a code block or code span is no expression. */
    private static boolean isCode(Node n) {
        return n instanceof com.vladsch.flexmark.ast.FencedCodeBlock || n instanceof com.vladsch.flexmark.ast.Code
                || n instanceof com.vladsch.flexmark.ast.IndentedCodeBlock || n instanceof dev.docsite.markdown.mdx.JsxCodeBlock;
    }

    private void attributes(java.util.function.Supplier<JsxTag> current, int line, int column,
                            java.util.function.Consumer<JsxTag> replace) {
        List<JsxAttribute> attributes = current.get().attributes();
        for (int i = 0; i < attributes.size(); i++) {
            JsxAttribute a = attributes.get(i);
            if (a.kind() != JsxAttribute.Kind.EXPRESSION || JsxExpressions.staticString(a.value()) != null
                    || scope.referencedBy(a.value()).isEmpty()) {
                continue;
            }
            int index = i;
            uses.add(new Use(a.value(), line, column, false, result -> {
                JsxTag tag = current.get();
                List<JsxAttribute> evaluated = new ArrayList<>(tag.attributes());
                evaluated.set(index, new JsxAttribute(a.name(), JsxAttribute.Kind.EXPRESSION, literal(result.value()),
                        a.start(), a.end()));
                replace.accept(new JsxTag(tag.name(), tag.closing(), tag.selfClosing(), evaluated, tag.start(), tag.end()));
            }));
        }
    }

    /**
     * The expression attributes of the HTML tags in raw HTML ({@code <a href={url}>}) that use the file's bindings:
     * their values go to {@link PageModel#rawValues}, which the raw HTML rewriter writes in place.
     */
    private void rawTags(Node node, BasedSequence chars, PageModel.Origin origin) {
        for (int i = chars.indexOf('<'); i >= 0; i = chars.indexOf('<', i + 1)) {
            JsxTag tag = JsxTagScanner.scan(chars, i, chars.length());
            if (tag == null || !tag.writtenAsHtml() || tag.closing()) {
                continue;
            }
            for (JsxAttribute a : tag.attributes()) {
                if (a.kind() != JsxAttribute.Kind.EXPRESSION || JsxExpressions.staticString(a.value()) != null
                        || scope.referencedBy(a.value()).isEmpty()) {
                    continue;
                }
                int offset = dev.docsite.markdown.mdx.RawHtmlRewriter.offsetOf(chars, a.start());
                Map<Integer, String> values = model.rawValues.computeIfAbsent(node, k -> new java.util.HashMap<>());
                values.put(offset, null);
                uses.add(new Use(a.value(), origin.map().line(offset), origin.map().column(offset), false,
                        result -> values.put(offset, literal(result.value())), true));
            }
            i = Math.max(i, tag.end() - 1);
        }
    }

    private void textExpressions(Text text, PageModel.Origin origin) {
        BasedSequence chars = text.getChars();
        int open = chars.indexOf('{');
        while (open >= 0) {
            int close = JsxTagScanner.matchBrace(chars, open, chars.length());
            if (close < 0) {
                return;
            }
            String expression = chars.subSequence(open + 1, close).toString();
            if (!scope.referencedBy(expression).isEmpty()) {
                int start = open;
                int end = close + 1;
                int offset = chars.getStartOffset() + open;
                uses.add(new Use(expression, origin.map().line(offset), origin.map().column(offset), true,
                        result -> replaceText(text, start, end, result.value())));
            }
            open = chars.indexOf('{', close + 1);
        }
    }

    /** Splits {@code text} around {@code [start, end)} and puts the value between (several uses: last first). */
    private static void replaceText(Text text, int start, int end, Object value) {
        BasedSequence chars = text.getChars();
        Text after = new Text(chars.subSequence(end));
        Text shown = new Text(BasedSequence.of(markdownText(value)));
        text.setChars(chars.subSequence(0, start));
        text.insertAfter(after);
        text.insertAfter(shown);
    }

    /** How React shows a value as a child: strings and numbers as text, nothing for booleans and null. */
    private static String markdownText(Object value) {
        StringBuilder sb = new StringBuilder();
        if (value instanceof List<?> list) {
            list.forEach(v -> sb.append(markdownText(v)));
            return sb.toString();
        }
        String s = value == null || value instanceof Boolean ? "" : String.valueOf(value);
        for (char c : s.toCharArray()) {
            if (c == '\\' || c == '&') {
                sb.append('\\');
            }
            sb.append(c);
        }
        return sb.toString();
    }

    private static boolean holdsObject(Object value) {
        return value instanceof Map<?, ?> || value instanceof List<?> list && list.stream().anyMatch(FileExpressions::holdsObject);
    }

    /** The value as a JavaScript literal, which {@link JsxExpressions} and the components read as written. */
    private static String literal(Object value) {
        return ScopeJson.of(value);
    }
}
