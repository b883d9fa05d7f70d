package dev.docsite.markdown.mdx;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Converts a React style object ({@code {{textAlign: 'center', marginTop: 10}}}) to a CSS declaration list
 * ({@code text-align: center; margin-top: 10px}). Numbers get {@code px} like React does, except for unitless
 * properties and zero. Entries whose value needs JavaScript are dropped.
 */
public final class JsxStyle {

    /** React's unitless number properties. */
    private static final Set<String> UNITLESS = Set.of("animationIterationCount", "aspectRatio",
            "borderImageOutset", "borderImageSlice", "borderImageWidth", "boxFlex", "boxFlexGroup", "boxOrdinalGroup",
            "columnCount", "columns", "flex", "flexGrow", "flexPositive", "flexShrink", "flexNegative", "flexOrder",
            "gridArea", "gridRow", "gridRowEnd", "gridRowSpan", "gridRowStart", "gridColumn", "gridColumnEnd",
            "gridColumnSpan", "gridColumnStart", "fontWeight", "lineClamp", "lineHeight", "opacity", "order",
            "orphans", "scale", "tabSize", "widows", "zIndex", "zoom", "fillOpacity", "floodOpacity", "stopOpacity",
            "strokeDasharray", "strokeDashoffset", "strokeMiterlimit", "strokeOpacity", "strokeWidth");

    private JsxStyle() {
    }

    /**
     * CSS for the expression inside {@code style={...}}, or {@code null} when it is not an object literal.
     *
     * @param expression the text between the outer braces, e.g. {@code {textAlign: 'center'}}
     */
    public static String toCss(String expression) {
        String e = expression.trim();
        if (e.length() < 2 || e.charAt(0) != '{' || e.charAt(e.length() - 1) != '}') {
            return null;
        }
        List<String> declarations = new ArrayList<>();
        for (String entry : splitTopLevel(e.substring(1, e.length() - 1))) {
            int colon = topLevelColon(entry);
            if (colon < 0) {
                continue;
            }
            String key = entry.substring(0, colon).trim();
            String rawValue = entry.substring(colon + 1).trim();
            boolean quotedKey = key.length() >= 2 && (key.charAt(0) == '\'' || key.charAt(0) == '"');
            if (quotedKey) {
                key = key.substring(1, key.length() - 1);
            }
            String value = JsxExpressions.staticString(rawValue);
            if (value == null || key.isEmpty()) {
                continue;
            }
            boolean isNumber = !rawValue.isEmpty() && (Character.isDigit(rawValue.charAt(0)) || rawValue.charAt(0) == '-'
                    || rawValue.charAt(0) == '.') && !rawValue.contains("'") && !rawValue.contains("\"");
            if (isNumber && !key.startsWith("--") && !UNITLESS.contains(key) && !isZero(value)) {
                value = value + "px";
            }
            declarations.add(cssName(key) + ": " + value);
        }
        return String.join("; ", declarations);
    }

    private static boolean isZero(String number) {
        try {
            return Double.parseDouble(number) == 0;
        } catch (NumberFormatException e) {
            return false;
        }
    }

    static String cssName(String key) {
        if (key.startsWith("--") || key.indexOf('-') >= 0) {
            return key;
        }
        StringBuilder sb = new StringBuilder(key.length() + 4);
        if (key.startsWith("ms") && key.length() > 2 && Character.isUpperCase(key.charAt(2))) {
            sb.append('-');
        }
        for (int i = 0; i < key.length(); i++) {
            char c = key.charAt(i);
            if (Character.isUpperCase(c)) {
                sb.append('-').append(Character.toLowerCase(c));
            } else {
                sb.append(c);
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    private static List<String> splitTopLevel(String body) {
        List<String> parts = new ArrayList<>();
        int depth = 0;
        int start = 0;
        char quote = 0;
        for (int i = 0; i < body.length(); i++) {
            char c = body.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '{' || c == '(' || c == '[') {
                depth++;
            } else if (c == '}' || c == ')' || c == ']') {
                depth--;
            } else if (c == ',' && depth == 0) {
                parts.add(body.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(body.substring(start));
        return parts;
    }

    private static int topLevelColon(String entry) {
        char quote = 0;
        for (int i = 0; i < entry.length(); i++) {
            char c = entry.charAt(i);
            if (quote != 0) {
                if (c == quote) {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"') {
                quote = c;
            } else if (c == ':') {
                return i;
            }
        }
        return -1;
    }
}
