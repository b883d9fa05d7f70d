package dev.docsite.markdown.mdx;

import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import dev.docsite.markdown.LinkRef;
import dev.docsite.markdown.LinkRewrite;
import dev.docsite.markdown.source.LineMap;
import dev.docsite.web.HtmlEscaper;
import java.util.Locale;

/**
 * Passes raw HTML (and MDX-flavoured HTML) through while making it valid, linkable HTML:
 * <ul>
 *   <li>{@code href} (a link) and {@code src}/{@code poster} (an embed) values are reported with the position of
 *   their tag's {@code <} and replaced by the rewritten URL; broken ones get {@code class="broken-link"},
 *   {@code data-broken} and {@code title};</li>
 *   <li>{@code id} and {@code name} values are reported as anchor targets;</li>
 *   <li>JSX attributes become HTML: {@code className}, {@code htmlFor}, {@code style={{...}}}, static expressions
 *   such as {@code src={require('./a.png').default}}, and expressions the file's imports and exports give a
 *   value ({@link Sink#evaluated}); other expressions and spreads are left out and reported ({@link Sink#leftOut});</li>
 *   <li>component tags ({@code <Foo>}) and MDX comments {@code {/* ... *}{@code /}} are removed, {@code {' '}} becomes
 *   its string.</li>
 * </ul>
 * Tags that need no change are copied byte for byte. Comments, {@code <script>} and {@code <style>} bodies are
 * copied untouched.
 */
public final class RawHtmlRewriter {

    /** Receives what the rewriter finds. */
    public interface Sink {
        /** Called for every link or embed, in source order; returns how to write it. */
        LinkRewrite link(LinkRef ref);

        /** Called for every {@code id}/{@code name} value. */
        void elementId(String id);

        /**
         * The value of the expression attribute starting at source offset {@code offset} ({@code href={url}}) as a
         * JavaScript literal, evaluated with the file's imports and exports; {@code null} when it has none.
         */
        default String evaluated(int offset) {
            return null;
        }

        /** Called for an expression attribute that has no value and is left out of the tag. */
        default void leftOut(JsxAttribute attribute, int offset) {
        }
    }

    private RawHtmlRewriter() {
    }

    /**
     * Rewrites {@code html}.
     *
     * @param html raw HTML as parsed; its character offsets are positions in the text {@code map} describes
     * @param map  positions of the parsed text in the page source
     */
    public static String rewrite(BasedSequence html, LineMap map, Sink sink) {
        int n = html.length();
        StringBuilder out = new StringBuilder(n + 16);
        int i = 0;
        while (i < n) {
            char c = html.charAt(i);
            if (c == '<') {
                i = rewriteMarkup(html, i, map, sink, out);
            } else if (c == '{') {
                i = rewriteExpression(html, i, out);
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }

    private static int rewriteMarkup(BasedSequence html, int i, LineMap map, Sink sink, StringBuilder out) {
        int n = html.length();
        if (JsxTagScanner.startsWith(html, i, "<!--")) {
            int end = JsxTagScanner.indexOf(html, "-->", i + 4, n);
            return copy(html, i, end < 0 ? n : end + 3, out);
        }
        if (JsxTagScanner.startsWith(html, i, "<!") || JsxTagScanner.startsWith(html, i, "<?")) {
            int end = JsxTagScanner.indexOf(html, '>', i, n);
            return copy(html, i, end < 0 ? n : end + 1, out);
        }
        JsxTag tag = JsxTagScanner.scan(html, i, n);
        if (tag == null) {
            out.append('<');
            return i + 1;
        }
        if (!tag.writtenAsHtml()) {
            return tag.end(); // components are rendered elsewhere or not at all; never leak their tags
        }
        if (tag.closing()) {
            if (DocusaurusLink.is(tag.name())) {
                out.append("</a>");
                return tag.end();
            }
            return copy(html, tag.start(), tag.end(), out);
        }
        writeTag(html, tag, map, sink, out);
        String lower = tag.name().toLowerCase(Locale.ROOT);
        if (!tag.selfClosing() && (lower.equals("script") || lower.equals("style"))) {
            int close = indexOfIgnoreCase(html, "</" + lower, tag.end());
            return copy(html, tag.end(), close < 0 ? n : close, out);
        }
        return tag.end();
    }

    /** Writes an opening tag of an HTML element, rewriting links and JSX attributes. */
    static void writeTag(BasedSequence html, JsxTag tag, LineMap map, Sink sink, StringBuilder out) {
        boolean rebuild = tag.hasJsxOnlyAttributes() || DocusaurusLink.is(tag.name());
        java.util.List<JsxAttribute> attributes = new java.util.ArrayList<>(tag.attributes());
        for (int i = 0; i < attributes.size(); i++) {
            JsxAttribute a = attributes.get(i);
            if (a.kind() == JsxAttribute.Kind.EXPRESSION) {
                String literal = sink.evaluated(offsetOf(html, a.start()));
                if (literal != null) {
                    attributes.set(i, new JsxAttribute(a.name(), a.kind(), literal, a.start(), a.end()));
                }
            }
        }
        LinkRewrite broken = null;
        String[] rewrittenUrls = null;
        int index = 0;
        for (JsxAttribute a : attributes) {
            if (a.name() != null) {
                String lower = a.name().toLowerCase(Locale.ROOT);
                LinkRef.Kind kind = DocusaurusLink.isTarget(tag, a.name()) ? LinkRef.Kind.LINK : linkKind(lower);
                if (kind != null || lower.equals("id") || lower.equals("name")) {
                    String value = JsxExpressions.staticValue(a);
                    if (value != null && kind != null) {
                        int offset = offsetOf(html, tag.start());
                        LinkRewrite rw = sink.link(new LinkRef(value, kind, map.line(offset), map.column(offset), map.file()));
                        if (rw != null && (!value.equals(rw.url()) || rw.broken())) {
                            rebuild = true;
                            if (rewrittenUrls == null) {
                                rewrittenUrls = new String[tag.attributes().size()];
                            }
                            rewrittenUrls[index] = rw.url();
                            if (rw.broken() && broken == null) {
                                broken = rw;
                            }
                        }
                    } else if (value != null && !value.isEmpty()) {
                        sink.elementId(value);
                    }
                }
            }
            index++;
        }
        if (!rebuild) {
            copy(html, tag.start(), tag.end(), out);
            return;
        }
        out.append('<').append(DocusaurusLink.htmlName(tag));
        boolean wroteClass = false;
        index = 0;
        for (JsxAttribute a : attributes) {
            String url = rewrittenUrls == null ? null : rewrittenUrls[index++];
            if (a.kind() == JsxAttribute.Kind.SPREAD) {
                sink.leftOut(a, offsetOf(html, a.start()));
                continue;
            }
            String name = DocusaurusLink.isTarget(tag, a.name()) ? "href" : htmlName(a.name());
            String lower = name.toLowerCase(Locale.ROOT);
            if (broken != null && lower.equals("title")) {
                continue;
            }
            String value;
            if (url != null) {
                value = url;
            } else if (a.kind() == JsxAttribute.Kind.BOOLEAN) {
                out.append(' ').append(name);
                continue;
            } else if (a.kind() == JsxAttribute.Kind.EXPRESSION) {
                String expression = a.value().trim();
                if (lower.equals("style")) {
                    value = JsxStyle.toCss(expression);
                } else if (expression.equals("true")) {
                    out.append(' ').append(name);
                    continue;
                } else {
                    value = JsxExpressions.staticString(expression);
                }
                if (value == null) {
                    sink.leftOut(a, offsetOf(html, a.start()));
                    continue;
                }
            } else {
                value = Escaping.unescapeHtml(a.value());
            }
            if (broken != null && lower.equals("class")) {
                value = value.isEmpty() ? "broken-link" : value + " broken-link";
                wroteClass = true;
            }
            appendAttribute(out, name, value);
        }
        if (broken != null) {
            if (!wroteClass) {
                appendAttribute(out, "class", "broken-link");
            }
            String reason = broken.reason() == null ? "broken link" : broken.reason();
            appendAttribute(out, "data-broken", reason);
            appendAttribute(out, "title", reason);
        }
        out.append(DocusaurusLink.addedAttributes(tag));
        // An <a> cannot close itself in HTML: a self-closing Link is an empty link.
        out.append(!tag.selfClosing() ? ">" : DocusaurusLink.is(tag.name()) ? "></a>" : " />");
    }

    private static LinkRef.Kind linkKind(String lowerName) {
        return switch (lowerName) {
            case "href" -> LinkRef.Kind.LINK;
            case "src", "poster" -> LinkRef.Kind.IMAGE;
            default -> null;
        };
    }

    private static String htmlName(String jsxName) {
        return switch (jsxName) {
            case "className" -> "class";
            case "htmlFor" -> "for";
            default -> jsxName;
        };
    }

    private static void appendAttribute(StringBuilder out, String name, String value) {
        out.append(' ').append(name).append("=\"").append(HtmlEscaper.escape(value)).append('"');
    }

    /** {@code {/* comment *}{@code /}} disappears, {@code {' '}} becomes its string, other braces stay as text. */
    private static int rewriteExpression(BasedSequence html, int i, StringBuilder out) {
        int n = html.length();
        if (JsxTagScanner.startsWith(html, i, "{/*")) {
            int end = JsxTagScanner.indexOf(html, "*/}", i + 3, n);
            if (end >= 0) {
                return end + 3;
            }
        } else {
            int close = JsxTagScanner.matchBrace(html, i, n);
            if (close > 0) {
                String value = JsxExpressions.staticString(html.subSequence(i + 1, close).toString());
                if (value != null && isQuoted(html.subSequence(i + 1, close).toString().trim())) {
                    out.append(HtmlEscaper.escape(value));
                    return close + 1;
                }
            }
        }
        out.append('{');
        return i + 1;
    }

    private static boolean isQuoted(String s) {
        return !s.isEmpty() && (s.charAt(0) == '\'' || s.charAt(0) == '"' || s.charAt(0) == '`');
    }

    /** Offset in the parsed text of index {@code i} of {@code seq}, which may be a segmented sequence. */
    public static int offsetOf(BasedSequence seq, int i) {
        int offset = seq.getIndexOffset(i);
        return offset >= 0 ? offset : seq.getStartOffset();
    }

    private static int copy(BasedSequence html, int from, int to, StringBuilder out) {
        out.append(html, from, to);
        return to;
    }

    private static int indexOfIgnoreCase(CharSequence s, String needle, int from) {
        int last = s.length() - needle.length();
        outer:
        for (int i = from; i <= last; i++) {
            for (int k = 0; k < needle.length(); k++) {
                if (Character.toLowerCase(s.charAt(i + k)) != needle.charAt(k)) {
                    continue outer;
                }
            }
            return i;
        }
        return -1;
    }
}
