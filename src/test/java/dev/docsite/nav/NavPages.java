package dev.docsite.nav;

import dev.docsite.content.Page;
import dev.docsite.content.PageLoader;
import dev.docsite.content.SourceFile;
import dev.docsite.links.SiteIndex;
import dev.docsite.markdown.PageOutline;
import dev.docsite.markdown.ParsedPage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** Pages loaded from text, without Markdown, for navigation tests. */
final class NavPages {

    private static final PageLoader LOADER = new PageLoader(
            body -> new ParsedPage(new PageOutline(null, List.of(), Set.of(), List.of(), List.of()), null));

    private final List<Page> pages = new ArrayList<>();

    Page add(String rel, String frontMatter) {
        SourceFile file = new SourceFile(Path.of("/site/content").resolve(rel), rel, "content/" + rel);
        Page page = LOADER.fromText(file, "---\n" + frontMatter + "\n---\nText.\n").page();
        pages.add(page);
        return page;
    }

    SiteIndex index() {
        return SiteIndex.of(pages);
    }
}
