package dev.docsite.markdown;

/**
 * How the renderer must write a link.
 *
 * @param url    final URL to put in href/src (relative to the page being rendered, or absolute)
 * @param broken true when the link could not be resolved: rendered with a visible broken-link style
 * @param reason short explanation shown as a tooltip on broken links, or {@code null}
 * @param size   for an image of the site, its size when it could be read, else {@code null}
 */
public record LinkRewrite(String url, boolean broken, String reason, ImageSize size) {

    public LinkRewrite(String url, boolean broken, String reason) {
        this(url, broken, reason, null);
    }

    /** The same link, to an image of {@code size} ({@code null}: not known). */
    public LinkRewrite withSize(ImageSize size) {
        return new LinkRewrite(url, broken, reason, size);
    }

    public static LinkRewrite unchanged(String url) {
        return new LinkRewrite(url, false, null);
    }

    public static LinkRewrite broken(String url, String reason) {
        return new LinkRewrite(url, true, reason);
    }
}
