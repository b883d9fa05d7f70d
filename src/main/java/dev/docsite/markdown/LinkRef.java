package dev.docsite.markdown;

/**
 * A link or embedded resource written in a page, located in the source file.
 *
 * @param target the raw destination as written (may be relative, have a fragment, be %-encoded)
 * @param kind   whether it navigates (a link) or embeds (an image or other src)
 * @param line   1-based line in the source file
 * @param column 1-based column in the source file
 * @param file   the partial the link is written in (as shown in problems), or {@code null} when it is in the page
 */
public record LinkRef(String target, Kind kind, int line, int column, String file) {

    public enum Kind { LINK, IMAGE }

    /** A link written in the page itself. */
    public LinkRef(String target, Kind kind, int line, int column) {
        this(target, kind, line, column, null);
    }
}
