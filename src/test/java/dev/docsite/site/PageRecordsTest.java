package dev.docsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.docsite.content.Page;
import dev.docsite.content.PageBody;
import dev.docsite.content.PageLoader;
import dev.docsite.markdown.MarkdownEngine;
import dev.docsite.testing.FileTree;
import dev.docsite.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A cached build takes each unchanged page file's loaded data from the build cache instead of reading the file: the
 * page it gives is the page a read gives, and a file whose stamp (size, modification time, change time) changed is
 * read again, even when its size and modification time were put back.
 */
class PageRecordsTest {

    @TempDir
    Path dir;

    private TestSite site() throws IOException, InterruptedException {
        TestSite site = new TestSite(dir.resolve("site"));
        site.file("site.yml", "title: Records\n");
        site.page("index.md", "title: Home\ntags: [start, home]\ncustom: {owner: ops, since: 2026-01-02}",
                "Read [guide 1](guides/g1.md#step-1).\n");
        for (int i = 1; i <= 4; i++) {
            site.page("guides/g" + i + ".md", "title: Guide " + i + "\nsidebar_position: " + i
                            + "\ndescription: \"Guide number " + i + "\"",
                    "## Step " + i + "\n\nText " + i + " with [a broken link](missing.md).\n");
        }
        Thread.sleep(FileStamps.RACY_NANOS / 1_000_000 + 100); // a file changed just before a build is read again
        assertEquals(null, site.build().failure());
        return site;
    }

    @Test
    void aPageTakenFromTheCacheIsThePageReadFromItsFile() throws IOException, InterruptedException {
        TestSite site = site();
        BuildCache cache = BuildCache.open(site.config(), new ArrayList<>());
        LoadedContent cached = ContentStage.load(ContentStage.scan(site.config()), cache.loading(loader(cache)));
        LoadedContent read = ContentStage.load(ContentStage.scan(site.config()), loader(null));

        assertEquals(List.of(5, 0), counts(cache), "pages taken from the cache, pages read");
        assertEquals(read.problems(), cached.problems());
        assertEquals(5, read.pages().size());
        for (int i = 0; i < read.pages().size(); i++) {
            Page fresh = read.pages().get(i);
            Page taken = cached.pages().get(i);
            assertEquals(fresh, Page.builder().source(taken.source()).docId(taken.docId()).url(taken.url())
                    .folder(taken.folder()).categoryIndex(taken.categoryIndex()).title(taken.title())
                    .sidebarLabel(taken.sidebarLabel()).frontMatter(taken.frontMatter()).outline(taken.outline())
                    .body(fresh.body() == null ? null : new PageBody.Kept(
                            dev.docsite.markdown.DeflatedText.of(taken.body())))
                    .bodyTemplate(fresh.bodyTemplate()).build());
            assertNull(taken.bodyTemplate(), "parsed again from its file if it is rendered");
            assertEquals(new PageBody.Reread(taken.source().path(), FileStamps.hex(
                    Files.readAllBytes(taken.source().path()))), taken.bodySource());
        }
    }

    @Test
    void aFileWithANewStampIsReadAgainEvenWithItsSizeAndTimePutBack() throws IOException, InterruptedException {
        TestSite site = site();
        Path g2 = site.root().resolve("content/guides/g2.md");
        FileTime time = Files.getLastModifiedTime(g2);
        String text = Files.readString(g2);
        Files.writeString(g2, text.replace("Text 2", "Txet 2")); // same size
        Files.setLastModifiedTime(g2, time); // as cp -p or rsync -t would leave it
        Path g4 = site.root().resolve("content/guides/g4.md");
        Files.setLastModifiedTime(g4, FileTime.fromMillis(Files.getLastModifiedTime(g4).toMillis() + 1000));

        BuildCache cache = BuildCache.open(site.config(), new ArrayList<>());
        ContentStage.load(ContentStage.scan(site.config()), cache.loading(loader(cache)));
        assertEquals(List.of(3, 2), counts(cache), "pages taken from the cache, pages read");

        assertEquals(null, site.build().failure());
        Path clean = dir.resolve("clean");
        assertEquals(null, new TestSite(site.root()).build(site.config().toBuilder().outDir(clean).build())
                .failure());
        assertEquals(FileTree.contents(clean), FileTree.contents(site.out()));
        assertEquals(true, Files.readString(site.out().resolve("guides/g2/index.html")).contains("Txet 2"));
    }

    private static PageLoader loader(BuildCache cache) {
        PageLoader.BodyParser parser = (file, frontMatter, body) -> new MarkdownEngine().prepare(body);
        return PageLoader.perFile(cache == null ? parser : cache.parser(parser));
    }

    private static List<Integer> counts(BuildCache cache) {
        return Arrays.stream(cache.pages().counts()).boxed().toList();
    }
}
