package dev.docsite.markdown;

import dev.docsite.markdown.partial.PartialFiles;
import dev.docsite.markdown.scope.ModuleValues;
import java.nio.file.Path;

/**
 * Where a page body comes from, for what it imports: its file and how to read the partials it includes.
 *
 * @param file     the page file, absolute
 * @param display  the page file as shown in problems
 * @param partials reads the partials
 * @param modules  evaluates the expressions using what the page exports and imports from the site's modules
 * @param parts    whether the body template keeps where it may be cut into parts ({@link BodyTemplate#part}), for
 *                 pages shown in part elsewhere (blog posts); other pages save the memory
 */
public record PageSource(Path file, String display, PartialFiles partials, ModuleValues modules, boolean parts) {

    /** A body that is no file of a site: imported partials are not read. */
    public static final PageSource NONE = new PageSource(Path.of("page.md").toAbsolutePath(), "page.md",
            PartialFiles.NONE);

    /** A page whose expressions are not evaluated. */
    public PageSource(Path file, String display, PartialFiles partials) {
        this(file, display, partials, ModuleValues.NONE);
    }

    /** A page whose body template keeps no parts. */
    public PageSource(Path file, String display, PartialFiles partials, ModuleValues modules) {
        this(file, display, partials, modules, false);
    }
}
