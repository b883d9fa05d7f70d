package dev.docsite.markdown;

import dev.docsite.markdown.partial.PartialFiles;
import dev.docsite.markdown.scope.ModuleValues;
import java.nio.file.Path;
import java.util.Map;

/**
 * Where a page body comes from, for what it imports: its file and how to read the partials it includes.
 *
 * @param file        the page file, absolute
 * @param display     the page file as shown in problems
 * @param partials    reads the partials
 * @param modules     evaluates the expressions using what the page exports and imports from the site's modules
 * @param frontMatter the page's frontmatter, which its expressions read as {@code frontMatter} (as in Docusaurus)
 * @param parts       whether the body template keeps where it may be cut into parts ({@link BodyTemplate#part}), for
 *                    pages shown in part elsewhere (blog posts); other pages save the memory
 */
public record PageSource(Path file, String display, PartialFiles partials, ModuleValues modules,
                         Map<String, Object> frontMatter, boolean parts) {

    /** A body that is no file of a site: imported partials are not read. */
    public static final PageSource NONE = new PageSource(Path.of("page.md").toAbsolutePath(), "page.md",
            PartialFiles.NONE);

    public PageSource {
        frontMatter = frontMatter == null ? Map.of() : frontMatter;
    }

    /** A page whose body template keeps no parts. */
    public PageSource(Path file, String display, PartialFiles partials, ModuleValues modules,
                      Map<String, Object> frontMatter) {
        this(file, display, partials, modules, frontMatter, false);
    }

    /** A page without frontmatter values, whose body template keeps no parts. */
    public PageSource(Path file, String display, PartialFiles partials, ModuleValues modules) {
        this(file, display, partials, modules, Map.of());
    }

    /** A page whose expressions are not evaluated. */
    public PageSource(Path file, String display, PartialFiles partials) {
        this(file, display, partials, ModuleValues.NONE);
    }
}
