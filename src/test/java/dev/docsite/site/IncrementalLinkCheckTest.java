package dev.docsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.config.SiteConfig;
import dev.docsite.content.Page;
import dev.docsite.content.PageLoader;
import dev.docsite.links.PlatformLinks;
import dev.docsite.links.Resolution;
import dev.docsite.markdown.LinkRef;
import dev.docsite.markdown.MarkdownEngine;
import dev.docsite.problem.Problem;
import dev.docsite.testing.TestSite;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** After an edit, only the edited pages' links are resolved again, unless link targets changed. */
class IncrementalLinkCheckTest {

    @TempDir
    Path dir;

    private TestSite site;
    private SiteConfig config;
    private PageLoader loader;
    private LoadedContent content;
    private SiteModel before;

    @BeforeEach
    void setUp() throws IOException {
        site = new TestSite(dir);
        site.file("site.yml", "title: Docs\n");
        site.page("index.md", "title: Home", "See [A](guide/a.md) and [B's part](guide/b.md#part).\n");
        site.page("guide/a.md", "title: A", "To [B](b.md).\n");
        site.page("guide/b.md", "title: B", "## Part\n\nBack to [A](a.md).\n");
        config = site.config();
        loader = new PageLoader(new TemplateBudget(new MarkdownEngine(), Long.MAX_VALUE)::parse);
        content = ContentStage.load(config, loader);
        before = assemble(content, null);
    }

    private SiteModel assemble(LoadedContent c, SiteModel previous) {
        return SiteAssembler.assemble(config, c, PlatformLinks.none(), null, TestSite.CLOCK.instant(), previous);
    }

    /** The content with {@code rel} read again from disk and every other page the same object as before. */
    private LoadedContent reloaded(String rel) {
        List<Page> pages = new ArrayList<>();
        for (Page p : content.pages()) {
            pages.add(p.source().relPath().equals(rel) ? loader.load(p.source()).page() : p);
        }
        return new LoadedContent(pages, content.categories(), content.problems());
    }

    private static List<String> codes(SiteModel model) {
        return model.problems().stream().map(p -> p.code() + "@" + p.file() + ":" + p.line()).toList();
    }

    private Page page(SiteModel model, String url) {
        return model.index().byUrl(url);
    }

    @Test
    void anEditThatKeepsAddressAndAnchorsRechecksOnlyTheEditedPage() {
        site.page("guide/b.md", "title: B renamed", "## Part\n\nBack to [A](a.md) and [nowhere](gone.md).\n");
        LoadedContent edited = reloaded("guide/b.md");
        SiteModel after = assemble(edited, before);

        assertSame(before.links().perPage().get(page(before, "")), after.links().perPage().get(page(after, "")));
        assertSame(before.links().perPage().get(page(before, "guide/a/")), after.links().perPage().get(page(after, "guide/a/")));
        assertNotSame(before.links().perPage().get(page(before, "guide/b/")), after.links().perPage().get(page(after, "guide/b/")));
        assertEquals(List.of("broken-link@content/guide/b.md:6"), codes(after));
        assertEquals(codes(assemble(edited, null)), codes(after));
        assertEquals(assemble(edited, null).linkReport(), after.linkReport());
    }

    @Test
    void anEditThatRemovesAnAnchorRechecksThePagesLinkingToIt() {
        site.page("guide/b.md", "title: B", "## Whole\n\nBack to [A](a.md).\n");
        SiteModel after = assemble(reloaded("guide/b.md"), before);

        List<String> codes = codes(after);
        assertEquals(List.of("broken-anchor@content/index.md:4"), codes);
        assertNotSame(before.links().perPage().get(page(before, "")), after.links().perPage().get(page(after, "")));
    }

    @Test
    void withoutAPreviousModelEveryPageIsChecked() {
        SiteModel again = assemble(content, null);
        for (Page p : content.pages()) {
            assertNotSame(before.links().perPage().get(p), again.links().perPage().get(p));
            assertEquals(before.links().perPage().get(p), again.links().perPage().get(p));
        }
        assertTrue(before.problems().stream().map(Problem::code).toList().isEmpty());
    }

    @Test
    void theCheckKeepsHowEachLinkResolvedSoRenderingDoesNotResolveItAgain() {
        int links = 0;
        for (Page p : content.pages()) {
            for (LinkRef ref : p.outline().links()) {
                Resolution kept = before.links().perPage().get(p).resolution(ref);
                assertEquals(before.resolver().resolve(p, ref), kept, ref.target());
                links++;
            }
        }
        assertEquals(4, links);
        Page home = page(before, "");
        Resolution toB = before.links().perPage().get(home).resolution(home.outline().links().get(1));
        assertSame(page(before, "guide/b/"), toB.page());
        assertEquals("#part", toB.suffix());
    }
}
