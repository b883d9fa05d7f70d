package dev.docsite.site;

import dev.docsite.config.SiteConfig;
import dev.docsite.content.ContentScanner;
import dev.docsite.content.ContentTree;
import dev.docsite.content.Page;
import dev.docsite.content.PageLoader;
import dev.docsite.parallel.ParallelMap;
import dev.docsite.problem.Problem;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/** Stages 2–3: find page files and read each (frontmatter, Markdown outline) in parallel. */
public final class ContentStage {

    private ContentStage() {
    }

    public static LoadedContent load(SiteConfig config, PageLoader loader) throws IOException {
        ContentTree tree = new ContentScanner().scan(config.contentDir(), config::display);
        List<PageLoader.Loaded> loaded = ParallelMap.map(tree.files(), loader::load);
        List<Page> pages = new ArrayList<>(loaded.size());
        List<Problem> problems = new ArrayList<>(tree.problems());
        for (PageLoader.Loaded l : loaded) {
            if (l.page() != null) {
                pages.add(l.page());
            }
            problems.addAll(l.problems());
        }
        return new LoadedContent(pages, tree.categories(), problems);
    }
}
