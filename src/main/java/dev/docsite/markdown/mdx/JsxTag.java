package dev.docsite.markdown.mdx;

import java.util.List;

/**
 * An HTML or JSX tag found in the source by {@link JsxTagScanner}. Offsets are indices into the scanned text.
 *
 * @param name        tag name as written; empty for a fragment {@code <>}
 * @param closing     {@code </name>}
 * @param selfClosing {@code <name/>}
 * @param attributes  attributes in source order
 * @param start       index of {@code <}
 * @param end         index just after {@code >}
 */
public record JsxTag(String name, boolean closing, boolean selfClosing, List<JsxAttribute> attributes, int start,
                     int end) {

    public JsxTag {
        attributes = List.copyOf(attributes);
    }

    /** A JSX component ({@code <Tabs>}, {@code <Foo.Bar>}, fragment) rather than an HTML element. */
    public boolean isComponent() {
        return isComponentName(name);
    }

    /**
     * Whether the tag is written out as HTML: an HTML element, or Docusaurus's {@code <Link>}, which is the
     * {@code <a>} it renders ({@link DocusaurusLink}); it still starts a JSX block where a component does.
     */
    public boolean writtenAsHtml() {
        return !isComponent() || DocusaurusLink.is(name);
    }

    static boolean isComponentName(String name) {
        return name.isEmpty() || Character.isUpperCase(name.charAt(0)) || name.indexOf('.') >= 0;
    }

    /** Whether any attribute needs JSX to HTML conversion. */
    public boolean hasJsxOnlyAttributes() {
        for (JsxAttribute a : attributes) {
            if (a.isJsxOnly()) {
                return true;
            }
        }
        return false;
    }

    /** The attribute called {@code attributeName}, or {@code null}. */
    public JsxAttribute attribute(String attributeName) {
        for (JsxAttribute a : attributes) {
            if (attributeName.equals(a.name())) {
                return a;
            }
        }
        return null;
    }

    /** A string value of the attribute (quoted, unquoted or a static expression), or {@code null}. */
    public String stringAttribute(String attributeName) {
        JsxAttribute a = attribute(attributeName);
        return a == null ? null : JsxExpressions.staticValue(a);
    }

    /** Whether a boolean attribute is present and not {@code ={false}}. */
    public boolean flag(String attributeName) {
        JsxAttribute a = attribute(attributeName);
        if (a == null) {
            return false;
        }
        return a.kind() != JsxAttribute.Kind.EXPRESSION || !"false".equals(a.value().trim());
    }
}
