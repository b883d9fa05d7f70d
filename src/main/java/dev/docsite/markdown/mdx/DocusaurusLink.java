package dev.docsite.markdown.mdx;

import java.util.regex.Pattern;

/**
 * Docusaurus's {@code <Link>} ({@code @docusaurus/Link}) written as the {@code <a>} element it renders: {@code to}
 * is its {@code href} (both are checked like any link), an {@code id} is an anchor of the page (Docusaurus's broken
 * anchor check collects it too), a target outside the site opens in a new tab with {@code rel="noopener
 * noreferrer"}, as the component adds them. Its tags are then raw HTML like any lowercase element.
 */
final class DocusaurusLink {
    static final String NAME = "Link";

    /** What Docusaurus's {@code isInternalUrl} calls external: a scheme ({@code https:}, {@code mailto:}) or {@code //}. */
    private static final Pattern EXTERNAL = Pattern.compile("^(?:[a-zA-Z][a-zA-Z0-9+.-]*:|//)");

    private DocusaurusLink() {
    }

    static boolean is(String tagName) {
        return NAME.equals(tagName);
    }

    /** The HTML element a tag is written as: {@code a} for {@code Link}, else its own name. */
    static String htmlName(JsxTag tag) {
        return is(tag.name()) ? "a" : tag.name();
    }

    /** Whether {@code attributeName} of {@code tag} holds a link target ({@code to} of a {@code Link}). */
    static boolean isTarget(JsxTag tag, String attributeName) {
        return is(tag.name()) && attributeName.equals("to");
    }

    /** The attributes the component adds after the written ones: a new tab for an external target. */
    static String addedAttributes(JsxTag tag) {
        if (!is(tag.name())) {
            return "";
        }
        String target = tag.stringAttribute("to") != null ? tag.stringAttribute("to") : tag.stringAttribute("href");
        if (target == null || !EXTERNAL.matcher(target).find() || tag.attribute("target") != null) {
            return "";
        }
        return " target=\"_blank\" rel=\"noopener noreferrer\"";
    }
}
