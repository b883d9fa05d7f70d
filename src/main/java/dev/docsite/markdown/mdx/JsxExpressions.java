package dev.docsite.markdown.mdx;

import com.vladsch.flexmark.util.sequence.Escaping;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The few JSX expressions whose value is known without running JavaScript: string and number literals, template
 * literals without placeholders, {@code require('./x.png').default} and {@code useBaseUrl('/x')}.
 */
public final class JsxExpressions {

    private static final Pattern STRING = Pattern.compile("\\s*(?:'((?:[^'\\\\]|\\\\.)*)'|\"((?:[^\"\\\\]|\\\\.)*)\"|`([^`$\\\\]*)`)\\s*");
    private static final Pattern NUMBER = Pattern.compile("\\s*(-?(?:\\d+\\.?\\d*|\\.\\d+))\\s*");
    private static final Pattern RESOURCE = Pattern.compile(
            "\\s*(require|useBaseUrl)\\(\\s*(['\"`])([^'\"`]*)\\2\\s*(?:,[^)]*)?\\)(?:\\.default)?\\s*");
    private static final Pattern PROTOCOL = Pattern.compile("^[a-zA-Z][a-zA-Z0-9+.-]*:");

    private JsxExpressions() {
    }

    /** The value of a static expression, or {@code null} when it needs JavaScript. */
    public static String staticString(String expression) {
        Matcher m = STRING.matcher(expression);
        if (m.matches()) {
            String v = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            return unescapeJs(v);
        }
        m = RESOURCE.matcher(expression);
        if (m.matches()) {
            String url = m.group(3);
            // Docusaurus's useBaseUrl puts the base URL before a path without a leading slash too ('img/x.png' is
            // '/img/x.png'); only fragments and URLs with a protocol are left as they are.
            boolean relative = !url.isEmpty() && !url.startsWith("/") && !url.startsWith("#")
                    && !PROTOCOL.matcher(url).find();
            return m.group(1).equals("useBaseUrl") && relative ? "/" + url : url;
        }
        m = NUMBER.matcher(expression);
        if (m.matches()) {
            return m.group(1);
        }
        return null;
    }

    /** The value of an attribute as HTML would see it (entities decoded), or {@code null} if not static. */
    public static String staticValue(JsxAttribute attribute) {
        return switch (attribute.kind()) {
            case QUOTED, UNQUOTED -> attribute.value().indexOf('&') < 0 ? attribute.value()
                    : Escaping.unescapeHtml(attribute.value());
            case EXPRESSION -> staticString(attribute.value());
            case BOOLEAN, SPREAD -> null;
        };
    }

    private static String unescapeJs(String s) {
        if (s.indexOf('\\') < 0) {
            return s;
        }
        StringBuilder sb = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\\' && i + 1 < s.length()) {
                char n = s.charAt(++i);
                if (n == 'u' && i + 4 < s.length() && s.substring(i + 1, i + 5).matches("[0-9A-Fa-f]{4}")) {
                    sb.append((char) Integer.parseInt(s.substring(i + 1, i + 5), 16));
                    i += 4;
                    continue;
                }
                sb.append(switch (n) {
                    case 'n' -> '\n';
                    case 't' -> '\t';
                    case 'r' -> '\r';
                    default -> n;
                });
            } else {
                sb.append(c);
            }
        }
        return sb.toString();
    }
}
