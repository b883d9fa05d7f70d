package dev.docsite.markdown;

import dev.docsite.markdown.partial.PartialFiles;
import java.nio.file.Path;

/**
 * Where a page body comes from, for what it imports: its file and how to read the partials it includes.
 *
 * @param file     the page file, absolute
 * @param display  the page file as shown in problems
 * @param partials reads the partials
 */
public record PageSource(Path file, String display, PartialFiles partials) {

    /** A body that is no file of a site: imported partials are not read. */
    public static final PageSource NONE = new PageSource(Path.of("page.md").toAbsolutePath(), "page.md",
            PartialFiles.NONE);
}
