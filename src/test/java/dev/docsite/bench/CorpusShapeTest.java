package dev.docsite.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.problem.Problem;
import dev.docsite.site.SiteModel;
import dev.docsite.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The benchmark's corpus shapes: what the knobs read and that every shape is a site docsite builds cleanly. */
class CorpusShapeTest {

    @TempDir
    Path dir;

    @Test
    void readsKeyValuePairsOverTheDefault() {
        assertEquals(new CorpusShape(500, 4, CorpusShape.Mix.CODE, 3, false, 6, 66),
                CorpusShape.parse("sections=500,kb=4,mix=code,depth=3,kpis=no,links=6,anchors=66"));
        assertEquals(CorpusShape.DEFAULT, CorpusShape.parse("default"));
        assertEquals(CorpusShape.DEFAULT, CorpusShape.parse(""));
    }

    @Test
    void refusesUnknownKeysAndValuesOutOfRange() {
        assertEquals("unknown shape key 'size' (sections, kb, mix, depth, kpis, links, anchors)",
                assertThrows(IllegalArgumentException.class, () -> CorpusShape.parse("size=4")).getMessage());
        assertEquals("depth= must be 1 to 4, got 5",
                assertThrows(IllegalArgumentException.class, () -> CorpusShape.parse("depth=5")).getMessage());
        assertEquals("mix= must be mixed, prose, tables, code or links, got 'poems'",
                assertThrows(IllegalArgumentException.class, () -> CorpusShape.parse("mix=poems")).getMessage());
    }

    @Test
    void splitsEachSectionIntoUpToFourFoldersPerLevel() {
        assertEquals("", CorpusPlanner.folder(7, 500, 1));
        assertEquals("part-1/", CorpusPlanner.folder(124, 500, 2));
        assertEquals("part-2/", CorpusPlanner.folder(125, 500, 2));
        assertEquals("part-4/unit-4/topic-4/", CorpusPlanner.folder(499, 500, 4));
    }

    @Test
    void writesRelativePathsBetweenFolders() {
        assertEquals("./", PageWriter.relative("s1/part-1/", "s1/part-1/"));
        assertEquals("../part-2/", PageWriter.relative("s1/part-1/", "s1/part-2/"));
        assertEquals("./part-1/", PageWriter.relative("s1/", "s1/part-1/"));
        assertEquals("../../s2/", PageWriter.relative("s1/part-1/", "s2/"));
    }

    @Test
    void aDeepLinkHeavyShapeWithSmallSectionsBuildsWithoutAProblem() throws IOException {
        Path root = dir.resolve("deep");
        CorpusGenerator.generate(root, 90, 3, CorpusShape.parse("sections=20,depth=4,mix=links"));

        SiteModel model = new TestSite(root).load();

        assertEquals(List.<Problem>of(), model.problems());
        assertEquals(90 + 5 + 1, model.index().pages().size(), "pages, 5 section indexes and the home page");
        try (Stream<Path> s = Files.walk(root.resolve("content"))) {
            assertEquals(List.of(4), s.filter(p -> p.getFileName().toString().startsWith("page-"))
                    .map(p -> root.resolve("content").relativize(p).getNameCount() - 1).distinct().toList(),
                    "every page four folders deep");
        }
        assertEquals(25, links(root.resolve("content/section-01-identity/part-1/unit-1/topic-1/page-0001.md")));
    }

    @Test
    void pagesOfAGivenSizeAverageWithinAQuarterOfItAndTheKnobsApply() throws IOException {
        Path root = dir.resolve("big");
        CorpusGenerator.generate(root, 40, 5, CorpusShape.parse("kb=12,mix=tables,kpis=no,links=6,anchors=100"));

        SiteModel model = new TestSite(root).load();

        assertEquals(List.<Problem>of(), model.problems());
        List<Path> pages;
        try (Stream<Path> s = Files.walk(root.resolve("content"))) {
            pages = s.filter(p -> p.getFileName().toString().startsWith("page-")).toList();
        }
        long bytes = 0;
        for (Path page : pages) {
            String text = Files.readString(page);
            bytes += text.length();
            assertEquals(6, links(page), page.toString());
            assertEquals(6, text.split("\\]\\([^)]*#", -1).length - 1, page + ": every link has an anchor");
            assertTrue(!text.contains(":kpi[") && !text.contains("```kpi"), page + " has no KPI");
        }
        long average = bytes / pages.size();
        assertTrue(average > 9 * 1024 && average < 15 * 1024, "average page of " + average + " bytes");
    }

    private static int links(Path page) throws IOException {
        return Files.readString(page).split("\\]\\(\\.", -1).length - 1;
    }
}
