package dev.docsite.rebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.content.Page;
import dev.docsite.content.PageLoader;
import dev.docsite.content.SourceFile;
import dev.docsite.markdown.Heading;
import dev.docsite.markdown.PageOutline;
import dev.docsite.markdown.ParsedPage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class RebuildPlannerTest {

    /** Headings from "# " lines: enough outline for planning, independent of the Markdown engine. */
    private static final Function<String, PageOutline> OUTLINE = body -> {
        List<Heading> headings = new ArrayList<>();
        String[] lines = body.split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (lines[i].startsWith("#")) {
                int level = lines[i].indexOf(' ');
                String text = lines[i].substring(level + 1).strip();
                headings.add(new Heading(level, text, text.toLowerCase().replace(' ', '-'), i + 1));
            }
        }
        return new PageOutline(null, headings, Set.of(), List.of(), List.of());
    };

    private static final PageLoader LOADER = new PageLoader(body -> new ParsedPage(OUTLINE.apply(body), null));

    private static Page page(String rel, String text) {
        SourceFile file = new SourceFile(Path.of("/site/content").resolve(rel), rel, "content/" + rel);
        return LOADER.fromText(file, text).page();
    }

    private static final Map<String, Set<String>> LINKERS = Map.of("guides/a/", Set.of("guides/b/", "platform/c/"));

    private static RebuildPlan plan(Page before, Page after) {
        return RebuildPlanner.plan(List.of(new PageChange("guides/a.md", before, after)), false, false,
                url -> LINKERS.getOrDefault(url, Set.of()));
    }

    private static final String A = "---\ntitle: A\n---\n# Setup\n\nSome text.\n";

    @Test
    void bodyEditRerendersOnlyThePageItself() {
        RebuildPlan plan = plan(page("guides/a.md", A), page("guides/a.md", A.replace("Some text.", "Other text.")));
        assertFalse(plan.everything());
        assertEquals(Set.of("guides/a/"), plan.urls());
    }

    @Test
    void headingChangeAlsoRerendersPagesLinkingToIt() {
        RebuildPlan plan = plan(page("guides/a.md", A), page("guides/a.md", A.replace("# Setup", "# Installation")));
        assertFalse(plan.everything());
        assertEquals(Set.of("guides/a/", "guides/b/", "platform/c/"), plan.urls());
    }

    @Test
    void titleChangeRerendersEveryPageBecauseTheSidebarShowsIt() {
        RebuildPlan plan = plan(page("guides/a.md", A), page("guides/a.md", A.replace("title: A", "title: A2")));
        assertTrue(plan.everything());
        assertTrue(plan.affects("anything/"));
    }

    @Test
    void sidebarLabelOrPositionChangeRerendersEveryPage() {
        Page before = page("guides/a.md", A);
        assertTrue(plan(before, page("guides/a.md", A.replace("title: A", "title: A\nsidebar_label: Short"))).everything());
        assertTrue(plan(before, page("guides/a.md", A.replace("title: A", "title: A\nsidebar_position: 3"))).everything());
    }

    @Test
    void urlChangeRerendersEveryPage() {
        RebuildPlan plan = plan(page("guides/a.md", A), page("guides/a.md", A.replace("title: A", "title: A\nslug: moved")));
        assertTrue(plan.everything());
    }

    @Test
    void addedAndRemovedPagesRerenderEveryPage() {
        assertTrue(plan(null, page("guides/a.md", A)).everything());
        assertTrue(plan(page("guides/a.md", A), null).everything());
    }

    @Test
    void categoryOrTemplateChangeRerendersEveryPage() {
        assertTrue(RebuildPlanner.plan(List.of(), true, false, url -> Set.of()).everything());
        assertTrue(RebuildPlanner.plan(List.of(), false, true, url -> Set.of()).everything());
    }

    @Test
    void fileThatNowFailsToLoadKeepsItsPageAndRerendersOnlyItself() {
        Page lastGood = page("guides/a.md", A);
        RebuildPlan plan = plan(lastGood, lastGood);
        assertEquals(Set.of("guides/a/"), plan.urls());
        assertFalse(plan.everything());
    }

    @Test
    void draftThatStaysADraftChangesNothing() {
        RebuildPlan plan = RebuildPlanner.plan(List.of(new PageChange("guides/d.md", null, null)), false, false,
                url -> Set.of());
        assertFalse(plan.everything());
        assertTrue(plan.urls().isEmpty());
    }

    @Test
    void linkersAreOnlyLookedUpWhenAnchorsOrTitleChange() {
        List<String> asked = new ArrayList<>();
        RebuildPlanner.plan(List.of(new PageChange("guides/a.md", page("guides/a.md", A),
                page("guides/a.md", A + "\nMore.\n"))), false, false, url -> {
                    asked.add(url);
                    return Set.of();
                });
        assertEquals(List.of(), asked);
    }
}
