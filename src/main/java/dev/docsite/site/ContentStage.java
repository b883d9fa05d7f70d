package dev.docsite.site;

import dev.docsite.blog.PostFiles;
import dev.docsite.config.SiteConfig;
import dev.docsite.content.ContentScanner;
import dev.docsite.content.ContentTree;
import dev.docsite.content.Page;
import dev.docsite.content.PageLoader;
import dev.docsite.content.SourceFile;
import dev.docsite.content.SymbolicLinks;
import dev.docsite.parallel.ParallelMap;
import dev.docsite.problem.Problem;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.function.IntConsumer;

/**
 * Stage 1: find page files and read each (frontmatter, outline) in parallel. {@code build} and the preview server's
 * {@code ContentState} both read the content folder through here.
 */
public final class ContentStage {

    /** One page file and what reading it gave. */
    public record FileRead(SourceFile file, PageLoader.Loaded loaded) {
    }

    /**
     * The content folder as read.
     *
     * @param tree  the page files found, folder metadata and problems of the scan
     * @param files every page file read, in the order of {@code tree.files()}
     */
    public record Read(ContentTree tree, List<FileRead> files) {
        public Read {
            files = List.copyOf(files);
        }
    }

    private ContentStage() {
    }

    /**
     * Lists the page files and folder metadata of the content folder, reading no page; a blog folder's files are
     * those its {@code include}/{@code exclude} globs pick.
     */
    public static ContentTree scan(SiteConfig config) throws IOException {
        ContentTree tree = PostFiles.filter(config, new ContentScanner().scanAll(config.contentRoots(), config::display));
        List<Problem> links = new ArrayList<>();
        for (Path dir : config.staticDirs()) {
            links.addAll(SymbolicLinks.below(dir, config::display));
        }
        links.addAll(SymbolicLinks.below(config.templatesDir(), config::display));
        if (links.isEmpty()) {
            return tree;
        }
        links.addAll(0, tree.problems());
        return new ContentTree(tree.files(), tree.categories(), links);
    }

    /**
     * Reads every page file, in parallel.
     *
     * @param progress called with the number of files read so far, from any thread
     */
    public static Read read(SiteConfig config, PageLoader loader, IntConsumer progress) throws IOException {
        return read(scan(config), loader, progress);
    }

    /** Reads every page file of {@code tree} (the {@link #scan} of the site), in parallel. */
    static Read read(ContentTree tree, PageLoader loader, IntConsumer progress) {
        return read(tree, loader::load, progress);
    }

    /** Loads every page file of {@code tree} with {@code load} (a loader, or the build cache's), in parallel. */
    static Read read(ContentTree tree, Function<SourceFile, PageLoader.Loaded> load, IntConsumer progress) {
        AtomicInteger done = new AtomicInteger();
        List<FileRead> files = ParallelMap.map(tree.files(), file -> {
            FileRead read = new FileRead(file, load.apply(file));
            progress.accept(done.incrementAndGet());
            return read;
        });
        return new Read(tree, files);
    }

    /** Reads every page file into the form the site assembler takes. */
    public static LoadedContent load(SiteConfig config, PageLoader loader) throws IOException {
        return load(scan(config), loader);
    }

    /** Reads every page file of {@code tree} (the {@link #scan} of the site) into the form the assembler takes. */
    static LoadedContent load(ContentTree tree, PageLoader loader) {
        return load(tree, loader::load);
    }

    /** Loads every page file of {@code tree} with {@code load} into the form the assembler takes. */
    static LoadedContent load(ContentTree tree, Function<SourceFile, PageLoader.Loaded> load) {
        Read read = read(tree, load, n -> { });
        List<Page> pages = new ArrayList<>(read.files().size());
        List<Problem> problems = new ArrayList<>(read.tree().problems());
        Map<String, Set<String>> drafts = new HashMap<>();
        for (FileRead f : read.files()) {
            if (f.loaded().page() != null) {
                pages.add(f.loaded().page());
            }
            if (f.loaded().draftId() != null) {
                drafts.computeIfAbsent(f.file().root().docScope(), k -> new HashSet<>()).add(f.loaded().draftId());
            }
            problems.addAll(f.loaded().problems());
        }
        return new LoadedContent(pages, read.tree().categories(), problems).withDrafts(drafts);
    }
}
