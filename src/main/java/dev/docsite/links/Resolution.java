package dev.docsite.links;

import dev.docsite.content.Page;
import dev.docsite.problem.Problem;
import java.nio.file.Path;

/**
 * Where a link goes.
 *
 * @param kind      what was found
 * @param page      target page for {@link Kind#PAGE}
 * @param asset     source file for {@link Kind#ASSET}
 * @param sitePath  path relative to the site root for pages, assets and routes ({@code platform/x/},
 *                  {@code img/a.png}), the absolute URL for {@link Kind#EXTERNAL} and {@link Kind#PLATFORM}, the path
 *                  with the base URL for {@link Kind#PATHNAME}
 * @param suffix    query and fragment to append, as written ({@code ?a=1#frag}), possibly empty
 * @param problem   why the link is broken, or {@code null}
 */
public record Resolution(Kind kind, Page page, Path asset, String sitePath, String suffix, Problem problem) {

    public enum Kind {
        /** Another page (or this one) of the site, possibly with an anchor. */
        PAGE,
        /** A file copied into the output. */
        ASSET,
        /** An absolute URL outside the site; not fetched. */
        EXTERNAL,
        /** A page of an external documentation site configured under {@code links:}. */
        PLATFORM,
        /**
         * A route the site answers that this build does not write (a blog, a React page: {@code SiteLayout.knownRoutes}).
         */
        ROUTE,
        /**
         * Docusaurus's {@code pathname:///file.pdf}: a path on this server that is not a route, written out with the
         * base URL and, as in Docusaurus, never checked.
         */
        PATHNAME,
        /** {@code mailto:}, {@code tel:} and other schemes left as written. */
        OTHER_SCHEME,
        /** A {@code javascript:}, {@code vbscript:} or {@code data:} URL, refused: written as {@code #}. */
        UNSAFE,
        /** Could not be resolved; see {@link #problem()}. */
        BROKEN
    }

    public boolean broken() {
        return kind == Kind.BROKEN;
    }
}
