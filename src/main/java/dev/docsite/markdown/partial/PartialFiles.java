package dev.docsite.markdown.partial;

import java.nio.file.Path;

/** Reads the partials a page imports. Implementations are thread-safe. */
public interface PartialFiles {

    /** No partials: an imported Markdown file stays an unknown component (for engines used without a site). */
    PartialFiles NONE = (from, specifier) -> {
        throw new PartialException("partials are not read here");
    };

    /**
     * @param from      the file holding the import (a page or a partial), absolute
     * @param specifier the import path as written: {@code ./_x.md}, {@code ../shared/_y.mdx}, {@code @site/…}
     */
    Partial read(Path from, String specifier) throws PartialException;
}
