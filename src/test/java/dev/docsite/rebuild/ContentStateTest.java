package dev.docsite.rebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.config.SiteConfig;
import dev.docsite.content.Page;
import dev.docsite.content.PageLoader;
import dev.docsite.markdown.PageOutline;
import dev.docsite.markdown.ParsedPage;
import dev.docsite.site.ContentStage;
import dev.docsite.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ContentStateTest {

    @TempDir
    Path dir;

    private TestSite site;
    private SiteConfig config;
    private final AtomicInteger reads = new AtomicInteger();
    private PageLoader loader;

    @BeforeEach
    void setUp() {
        site = new TestSite(dir)
                .page("index.md", "title: Home", "Welcome.\n")
                .page("guides/a.md", "title: A", "Alpha.\n")
                .page("guides/b.md", "title: B", "Beta.\n");
        config = site.config();
        loader = new PageLoader(body -> {
            reads.incrementAndGet();
            return new ParsedPage(new PageOutline(null, List.of(), Set.of(), List.of(), List.of()), null);
        });
    }

    private ContentState load() throws Exception {
        ContentState state = ContentState.load(config, loader, n -> { });
        reads.set(0);
        return state;
    }

    private Path content(String rel) {
        return dir.resolve("content").resolve(rel);
    }

    @Test
    void aDraftIsNoPageAndLoadsAsBuildLoadsIt() throws Exception {
        site.page("guides/draft.md", "title: Draft\ndraft: true", "Not yet.\n");

        ContentState state = load();

        assertEquals(List.of("content/guides/a.md", "content/guides/b.md", "content/index.md"), List.copyOf(state.entries().keySet()));
        assertEquals(List.of("A", "B", "Home"), state.toLoaded().pages().stream().map(Page::title).toList());
        assertEquals(List.of("A", "B", "Home"),
                ContentStage.load(config, loader).pages().stream().map(Page::title).toList(), "as build loads it");
    }

    @Test
    void loadsEveryPageAndReportsProgress() throws Exception {
        AtomicInteger progress = new AtomicInteger();
        ContentState state = ContentState.load(config, loader, n -> progress.accumulateAndGet(n, Math::max));
        assertEquals(3, state.toLoaded().pages().size());
        assertEquals(3, progress.get());
    }

    @Test
    void modifiedPageIsReReadAloneAndOtherPagesAreTheSameObjects() throws Exception {
        ContentState before = load();
        Files.writeString(content("guides/a.md"), "---\ntitle: A\n---\nAlpha, edited.\n");
        ContentState.Update update = before.apply(List.of(content("guides/a.md")));
        assertEquals(1, reads.get(), "only the changed file is parsed");
        assertEquals(1, update.changes().size());
        PageChange change = update.changes().get(0);
        assertTrue(change.after().body().contains("Alpha, edited."));
        assertSame(before.entries().get("content/guides/b.md").page(), update.next().entries().get("content/guides/b.md").page());
        assertFalse(update.categoriesChanged());
    }

    @Test
    void deletedPageDropsItsPage() throws Exception {
        ContentState before = load();
        Files.delete(content("guides/b.md"));
        ContentState.Update update = before.apply(List.of(content("guides/b.md")));
        assertEquals(0, reads.get());
        assertEquals(1, update.changes().size());
        assertTrue(update.changes().get(0).removed());
        assertEquals(2, update.next().toLoaded().pages().size());
    }

    @Test
    void renamedPageDropsTheOldPageAndAddsTheNewOne() throws Exception {
        ContentState before = load();
        Files.move(content("guides/b.md"), content("guides/c.md"));
        ContentState.Update update = before.apply(List.of(content("guides/b.md"), content("guides/c.md")));
        assertEquals(1, reads.get(), "only the new name is read");
        assertTrue(update.changes().stream().anyMatch(c -> c.removed() && c.relPath().equals("content/guides/b.md")));
        assertTrue(update.changes().stream().anyMatch(c -> c.added() && c.relPath().equals("content/guides/c.md")));
        assertEquals(List.of("", "guides/a/", "guides/c/"),
                update.next().toLoaded().pages().stream().map(Page::url).sorted().toList());
    }

    @Test
    void newFolderWithPagesAddsThem() throws Exception {
        ContentState before = load();
        site.page("platform/x.md", "title: X", "Ex.\n");
        ContentState.Update update = before.apply(List.of(content("platform")));
        assertEquals(1, update.changes().size());
        assertEquals("platform/x/", update.changes().get(0).after().url());
        assertTrue(update.categoriesChanged(), "a new folder is a new sidebar category");
    }

    @Test
    void categoryFileChangeIsReported() throws Exception {
        ContentState before = load();
        site.file("content/guides/_category_.yml", "label: Role guides\nposition: 2\n");
        ContentState.Update update = before.apply(List.of(content("guides/_category_.yml")));
        assertTrue(update.categoriesChanged());
        assertEquals("Role guides", update.next().toLoaded().categories().in(config.layout().contentRoots().get(0)).get("guides").label());
        assertEquals(0, reads.get());
    }

    @Test
    void brokenFrontMatterKeepsTheLastGoodPageWithTheNewProblems() throws Exception {
        ContentState before = load();
        Page good = before.entries().get("content/guides/a.md").page();
        Files.writeString(content("guides/a.md"), "---\ntitle: [unclosed\n---\nAlpha.\n");
        ContentState.Update update = before.apply(List.of(content("guides/a.md")));
        ContentState.Entry entry = update.next().entries().get("content/guides/a.md");
        assertSame(good, entry.page());
        assertFalse(entry.problems().isEmpty());
        assertEquals("content/guides/a.md", entry.problems().get(0).file());
        assertTrue(update.next().toLoaded().problems().containsAll(entry.problems()));

        Files.writeString(content("guides/a.md"), "---\ntitle: A fixed\n---\nAlpha.\n");
        ContentState fixed = update.next().apply(List.of(content("guides/a.md"))).next();
        assertEquals("A fixed", fixed.entries().get("content/guides/a.md").page().title());
        assertTrue(fixed.entries().get("content/guides/a.md").problems().isEmpty());
    }

    @Test
    void pageTurnedIntoADraftDisappears() throws Exception {
        ContentState before = load();
        Files.writeString(content("guides/a.md"), "---\ntitle: A\ndraft: true\n---\nAlpha.\n");
        ContentState.Update update = before.apply(List.of(content("guides/a.md")));
        assertTrue(update.changes().get(0).removed());
        assertNull(update.next().entries().get("content/guides/a.md"));
        assertNotNull(update.next().entries().get("content/guides/b.md"));
    }
}
