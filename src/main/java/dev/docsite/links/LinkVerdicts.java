package dev.docsite.links;

import dev.docsite.config.LinkSeverities;
import dev.docsite.config.SiteConfig;
import dev.docsite.problem.ProblemCode;
import dev.docsite.content.Page;
import dev.docsite.markdown.Heading;
import dev.docsite.markdown.LinkRef;
import dev.docsite.problem.Problem;
import dev.docsite.problem.Severity;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * The resolutions a link can end in once its target is known or known to be missing, with the problem and the
 * "did you mean" hint that goes with each, and how severe that problem is (the site's {@link LinkSeverities}:
 * Docusaurus's {@code onBroken*} options, or warnings). Thread-safe.
 */
final class LinkVerdicts {

    private final SiteIndex index;
    private final LinkSeverities severities;

    LinkVerdicts(SiteIndex index, LinkSeverities severities) {
        this.index = index;
        this.severities = severities;
    }

    /**
     * {@code r} with its problem at the site's severity for it: a broken anchor as {@code onBrokenAnchors}, a missing
     * image as {@code onBrokenMarkdownImages}, a link to a Markdown file that is no page as the stricter of
     * {@code onBrokenMarkdownLinks} and {@code onBrokenLinks} (Docusaurus leaves such a link as written, and its
     * broken-link check then reports the URL too), any other broken link or missing file as {@code onBrokenLinks};
     * {@code ignore} drops the problem (the link is still written as broken). A link leaving the site and an
     * ambiguous link keep their severity: they are docsite's own checks.
     */
    Resolution judged(Resolution r, LinkRef ref) {
        Problem p = r.problem();
        if (p == null || p.code() == ProblemCode.LINK_OUTSIDE_SITE || p.code() == ProblemCode.AMBIGUOUS_LINK
                || p.code() == ProblemCode.UNSAFE_URL) {
            return r;
        }
        LinkSeverities.Level level;
        if (p.code() == ProblemCode.BROKEN_ANCHOR) {
            level = severities.anchors();
        } else if (ref.kind() == LinkRef.Kind.IMAGE) {
            level = severities.markdownImages();
        } else if (p.code() == ProblemCode.BROKEN_LINK
                && LinkTarget.parse(ref.target().strip()).path().toLowerCase(Locale.ROOT).matches(".*\\.mdx?$")) {
            level = severities.markdownLinks().max(severities.links());
        } else {
            level = severities.links();
        }
        Problem judged = switch (level) {
            case IGNORE -> null;
            case WARNING -> p.withSeverity(Severity.WARNING);
            case ERROR -> p.withSeverity(Severity.ERROR);
        };
        return judged == p ? r : new Resolution(r.kind(), r.page(), r.asset(), r.sitePath(), r.suffix(), judged);
    }

    /** A link to {@code target}, whose fragment must name one of its headings or element ids. */
    Resolution onPage(Page from, Page target, LinkTarget t, LinkRef ref) {
        String frag = t.fragment();
        if (frag == null || frag.isEmpty() || target.outline().hasAnchor(frag)
                || target.outline().hasAnchor(UrlText.decode(frag))) {
            return new Resolution(Resolution.Kind.PAGE, target, null, target.url(), t.suffix(), null);
        }
        String where = target == from ? "this page" : target.source().displayPath();
        Problem p = problem(from, ref, ProblemCode.BROKEN_ANCHOR, "'#" + frag + "' is not a heading or element id of "
                + where + closestHeading(target, UrlText.decode(frag)));
        return new Resolution(Resolution.Kind.PAGE, target, null, target.url(), t.suffix(), p);
    }

    Resolution outside(Page from, LinkTarget t, LinkRef ref) {
        Problem p = problem(from, ref, ProblemCode.LINK_OUTSIDE_SITE, "'" + t.raw()
                + "' points outside the site folder and is not copied; move the file into the static folder")
                .withSeverity(Severity.ERROR);
        return new Resolution(Resolution.Kind.BROKEN, null, null, t.raw(), "", p);
    }

    Resolution broken(Page from, LinkRef ref, ProblemCode code, String message) {
        return new Resolution(Resolution.Kind.BROKEN, null, null, ref.target(), "", problem(from, ref, code, message));
    }

    static Problem problem(Page from, LinkRef ref, ProblemCode code, String message) {
        if (ref.file() != null) { // written in a partial the page includes
            return new Problem(Severity.WARNING, code, ref.file(), ref.line(), ref.column(),
                    message + " (in a partial included by " + from.source().displayPath() + ")", ref.target());
        }
        return new Problem(Severity.WARNING, code, from.source().displayPath(), ref.line(), ref.column(), message,
                ref.target());
    }

    /** "; did you mean '../x'?" for the page whose id or URL is closest to the link's last segment, or "". */
    String suggestion(Page from, LinkTarget t) {
        String wanted = UrlPaths.lastSegment(t.path()).replaceFirst("\\.mdx?$", "").toLowerCase(Locale.ROOT);
        if (wanted.isEmpty()) {
            return "";
        }
        int max = Math.max(2, wanted.length() / 3);
        Page best = null;
        int bestDistance = max + 1;
        for (Page p : index.pages()) {
            for (String key : List.of(p.shortId().toLowerCase(Locale.ROOT),
                    UrlPaths.lastSegment(p.url()).toLowerCase(Locale.ROOT))) {
                int d = EditDistance.bounded(wanted, key, max);
                // Of equally close pages, one of the linking page's own docs version (a doc is in every version).
                if (d < bestDistance || d == bestDistance && best != null && !sameScope(best, from)
                        && sameScope(p, from)) {
                    bestDistance = d;
                    best = p;
                }
            }
        }
        if (best == null) {
            return "";
        }
        // A link to a file is answered with the file; a URL with the page's URL from the site root, which no
        // trailing-slash or folder-index rule can make wrong.
        boolean toFile = t.path().toLowerCase(Locale.ROOT).matches(".*\\.mdx?$");
        return "; did you mean '" + (toFile ? relativeFile(from, best) : "/" + best.url()) + "'?";
    }

    private static boolean sameScope(Page a, Page b) {
        return a.source().root().docScope().equals(b.source().root().docScope());
    }

    private static String closestHeading(Page target, String frag) {
        int max = Math.max(2, frag.length() / 3);
        String best = null;
        int bestDistance = max + 1;
        for (Heading h : target.outline().headings()) {
            int d = EditDistance.bounded(frag.toLowerCase(Locale.ROOT), h.id(), max);
            if (d < bestDistance) {
                bestDistance = d;
                best = h.id();
            }
        }
        return best == null ? "" : "; did you mean '#" + best + "'?";
    }

    /** The link from {@code from}'s file to {@code to}'s, as a writer would type it ({@code ./x.md}, {@code ../a/y.md}). */
    static String relativeFile(Page from, Page to) {
        String rel = sourceDir(from).relativize(to.source().path()).toString().replace('\\', '/');
        return rel.startsWith(".") ? rel : "./" + rel;
    }

    static Path sourceDir(Page page) {
        return page.source().path().getParent();
    }

    /**
     * The folder a file reference is resolved from: the page's, or, for a reference written in a partial the page
     * includes, the partial's, as Docusaurus compiles a partial as its own module. (A URL link in a partial is still
     * resolved by the browser against the page's URL.)
     */
    static Path sourceDir(Page page, LinkRef ref, SiteConfig config) {
        return ref.file() == null ? sourceDir(page) : config.siteRoot().resolve(ref.file()).normalize().getParent();
    }
}
