package dev.docsite.rebuild;

import dev.docsite.config.SiteConfig;
import dev.docsite.content.Categories;
import dev.docsite.content.ContentTree;
import dev.docsite.content.NaturalOrder;
import dev.docsite.content.Page;
import dev.docsite.content.PageLoader;
import dev.docsite.content.SourceFile;
import dev.docsite.problem.Problem;
import dev.docsite.problem.Severity;
import dev.docsite.site.ContentStage;
import dev.docsite.site.LoadedContent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntConsumer;

/**
 * The content folder as last read: every page file with its last good page and its current problems, and the folder
 * metadata. Immutable; {@link #apply} returns the next state, re-reading only the files that changed.
 *
 * <p>A file that now fails to load (malformed frontmatter, invalid UTF-8) keeps its last good page, so the preview
 * still shows it, with the new problems beside it.
 */
public final class ContentState {

    /**
     * One page file.
     *
     * @param file     the file
     * @param page     its page: the current one, or the last good one while the file fails to load; {@code null} for
     *                 a file that has never loaded
     * @param problems problems of the latest read
     */
    public record Entry(SourceFile file, Page page, List<Problem> problems) {
        public Entry {
            problems = List.copyOf(problems);
        }
    }

    /**
     * What {@link #apply} did.
     *
     * @param next              the new state
     * @param changes           the page files whose page changed, appeared or disappeared
     * @param categoriesChanged folder metadata differs
     */
    public record Update(ContentState next, List<PageChange> changes, boolean categoriesChanged) {
        public Update {
            changes = List.copyOf(changes);
        }
    }

    private final SiteConfig config;
    private final PageLoader loader;
    private final TreeMap<String, Entry> entries;
    private final Categories categories;
    private final List<Problem> treeProblems;

    private ContentState(SiteConfig config, PageLoader loader, TreeMap<String, Entry> entries,
                         Categories categories, List<Problem> treeProblems) {
        this.config = config;
        this.loader = loader;
        this.entries = entries;
        this.categories = categories;
        this.treeProblems = List.copyOf(treeProblems);
    }

    /**
     * Reads the whole content folder, pages in parallel.
     *
     * @param progress called with the number of files read so far, from any thread
     */
    public static ContentState load(SiteConfig config, PageLoader loader, IntConsumer progress) throws IOException {
        ContentStage.Read read = ContentStage.read(config, loader, progress);
        TreeMap<String, Entry> entries = new TreeMap<>(NaturalOrder.INSTANCE);
        for (ContentStage.FileRead f : read.files()) {
            Entry e = entry(f.file(), f.loaded(), null);
            if (e != null) {
                entries.put(e.file().displayPath(), e);
            }
        }
        return new ContentState(config, loader, entries, read.tree().categories(), read.tree().problems());
    }

    /** Number of page files (pages, drafts excluded, plus files that fail to load). */
    public int files() {
        return entries.size();
    }

    /** The files and their pages, keyed by the file as problems show it ({@code content/guides/a.md}). */
    public Map<String, Entry> entries() {
        return java.util.Collections.unmodifiableMap(entries);
    }

    /** The pages and problems in the form the site assembler takes, in source order. */
    public LoadedContent toLoaded() {
        List<Page> pages = new ArrayList<>(entries.size());
        List<Problem> problems = new ArrayList<>(treeProblems);
        for (Entry e : entries.values()) {
            if (e.page() != null) {
                pages.add(e.page());
            }
            problems.addAll(e.problems());
        }
        return new LoadedContent(pages, categories, problems);
    }

    /**
     * Applies changed paths under the content folder; a changed partial re-reads the pages that include it. When only
     * existing page files were modified, only they are
     * read; otherwise (files created or deleted, folders, {@code _category_} files) the folder tree is scanned again —
     * a listing, no page is re-read unless it changed.
     */
    public Update apply(Collection<Path> changed) throws IOException {
        Set<String> touched = new HashSet<>();
        boolean rescan = false;
        for (Path p : changed) {
            Path abs = p.toAbsolutePath().normalize();
            touched.addAll(includersOf(abs));
            if (config.rootOf(abs) == null) {
                continue;
            }
            // Keyed as problems show the file: unique across content roots, where relative paths may repeat.
            String rel = config.display(abs);
            boolean knownPage = entries.containsKey(rel);
            if (!knownPage || !Files.isRegularFile(abs, LinkOption.NOFOLLOW_LINKS)) {
                rescan = true;
            }
            touched.add(rel);
        }
        TreeMap<String, Entry> next = new TreeMap<>(entries);
        List<PageChange> changes = new ArrayList<>();
        Categories nextCategories = categories;
        List<Problem> nextTreeProblems = treeProblems;
        if (rescan) {
            ContentTree tree = ContentStage.scan(config);
            nextCategories = tree.categories();
            nextTreeProblems = tree.problems();
            Set<String> present = new HashSet<>();
            for (SourceFile file : tree.files()) {
                present.add(file.displayPath());
                Entry old = entries.get(file.displayPath());
                if (old == null || touched.contains(file.displayPath())) {
                    reload(file, old, next, changes);
                }
            }
            for (Entry old : entries.values()) {
                if (!present.contains(old.file().displayPath())) {
                    next.remove(old.file().displayPath());
                    if (old.page() != null) {
                        changes.add(new PageChange(old.file().displayPath(), old.page(), null));
                    }
                }
            }
        } else {
            for (String rel : touched) {
                Entry old = entries.get(rel);
                reload(old.file(), old, next, changes);
            }
        }
        ContentState state = new ContentState(config, loader, next, nextCategories, nextTreeProblems);
        return new Update(state, changes, !nextCategories.equals(categories));
    }

    /** The pages that include {@code partial} (directly or through other partials), keyed as {@link #entries()}. */
    private Set<String> includersOf(Path partial) {
        Set<String> pages = new HashSet<>();
        for (Entry e : entries.values()) {
            if (e.page() != null && e.page().outline().partials().contains(partial)) {
                pages.add(e.file().displayPath());
            }
        }
        return pages;
    }

    private void reload(SourceFile file, Entry old, TreeMap<String, Entry> next, List<PageChange> changes) {
        Entry fresh = entry(file, loader.load(file), old);
        Page before = old == null ? null : old.page();
        if (fresh == null) {
            next.remove(file.displayPath());
        } else {
            next.put(file.displayPath(), fresh);
        }
        Page after = fresh == null ? null : fresh.page();
        if (before != null || after != null) {
            changes.add(new PageChange(file.displayPath(), before, after));
        }
    }

    /** @return the entry for a load result, or {@code null} when the file is no page (a draft) */
    private static Entry entry(SourceFile file, PageLoader.Loaded loaded, Entry previous) {
        boolean failed = loaded.problems().stream().anyMatch(p -> p.severity() == Severity.ERROR);
        if (!failed) {
            return loaded.page() == null ? null : new Entry(file, loaded.page(), loaded.problems());
        }
        Page lastGood = previous != null && previous.page() != null ? previous.page() : loaded.page();
        return new Entry(file, lastGood, loaded.problems());
    }
}
