package dev.docsite.config;

/**
 * How each kind of link problem is reported: Docusaurus's {@code onBrokenLinks}, {@code onBrokenMarkdownLinks},
 * {@code onBrokenAnchors} and {@code markdown.hooks.onBrokenMarkdownImages} for a site read from its configuration,
 * warnings for docsite's own sites (only {@code --strict} turns them into failures).
 *
 * @param links          a link to a URL no page, static file or known route answers ({@code broken-link}), and a
 *                       link to a file that does not exist ({@code missing-asset})
 * @param markdownLinks  a link to a Markdown file that resolves to no page
 * @param anchors        a {@code #fragment} that names no heading or element id of its page
 * @param markdownImages an image that does not exist
 * @param errorsStopBuild whether a problem of severity error, of any kind, stops the build with nothing written (as
 *                       Docusaurus's {@code throw}); docsite's own sites report errors and still write the site
 */
public record LinkSeverities(Level links, Level markdownLinks, Level anchors, Level markdownImages,
                             boolean errorsStopBuild) {

    /** How a problem is reported. */
    public enum Level {
        /** Not reported at all ({@code 'ignore'}). */
        IGNORE,
        /** A warning ({@code 'log'}, {@code 'warn'}): the build succeeds unless {@code --strict}. */
        WARNING,
        /** An error ({@code 'throw'}): the build fails with exit code 1. */
        ERROR;

        /** The stricter of the two. */
        public Level max(Level other) {
            return compareTo(other) >= 0 ? this : other;
        }
    }

    /** docsite's own sites: every link problem is a warning. */
    public static final LinkSeverities WARNINGS = new LinkSeverities(Level.WARNING, Level.WARNING, Level.WARNING,
            Level.WARNING, false);
}
