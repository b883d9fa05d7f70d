package dev.docsite.markdown.mdx;

/**
 * One attribute of a scanned HTML/JSX tag. Offsets are indices into the scanned text.
 *
 * @param name  attribute name as written ({@code null} for a spread {@code {...props}})
 * @param kind  how the value is written
 * @param value the value as written: text between the quotes, unquoted text, or the expression between the
 *              braces; {@code null} for {@link Kind#BOOLEAN}
 * @param start index of the first character of the attribute
 * @param end   index just after the attribute
 */
public record JsxAttribute(String name, Kind kind, String value, int start, int end) {

    /** How an attribute value is written. */
    public enum Kind { BOOLEAN, QUOTED, UNQUOTED, EXPRESSION, SPREAD }

    /** Whether this attribute is only valid in JSX (needs converting before it can be HTML). */
    public boolean isJsxOnly() {
        return kind == Kind.EXPRESSION || kind == Kind.SPREAD || "className".equals(name) || "htmlFor".equals(name);
    }
}
