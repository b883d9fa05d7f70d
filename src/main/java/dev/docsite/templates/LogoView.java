package dev.docsite.templates;

/**
 * A navbar or footer logo with its URLs relative to the page.
 *
 * @param src     image URL
 * @param srcDark image URL in dark mode, or {@code null}
 * @param alt     alternative text (empty when not configured, an image then being decorative beside the title)
 * @param href    where it links to, or {@code null} for none
 * @param external whether {@code href} leaves the site
 * @param width   {@code width} attribute, or {@code null}
 * @param height  {@code height} attribute, or {@code null}
 */
public record LogoView(String src, String srcDark, String alt, String href, boolean external, String width,
                       String height) {
}
