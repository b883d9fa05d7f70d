package dev.docsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A folder the preview cannot watch is on every page's problems overlay, naming the folder and the reason, and the
 * site is still served; open pages reload to show it.
 */
class UnwatchedFolderOverlayTest {

    @TempDir
    Path dir;

    @Test
    void everyPageSaysWhichFolderIsNotWatchedAndWhy() throws Exception {
        ServeFixture f = new ServeFixture(dir).open();
        ServeFixture.RecordingClient open = f.connect("guides/a/");
        long before = f.preview.generation();
        f.preview.cannotWatch(f.path("content/guides"), "user limit of inotify watches reached");
        String expected = "content/guides warning the preview cannot watch this folder (user limit of inotify watches"
                + " reached): changes in it are not seen until the preview is restarted watch";
        for (String url : List.of("/", "/guides/a/", "/platform/c/")) {
            var items = Jsoup.parse(f.html(url)).select("#docsite-problems li.problem");
            assertEquals(List.of(expected), items.eachText(), url);
        }
        assertTrue(f.preview.generation() > before, "a new version");
        assertTrue(open.toldToReload(), "open pages reload to show it");

        // Reported again (the watcher reports each folder once, but a second report changes nothing).
        long after = f.preview.generation();
        f.preview.cannotWatch(f.path("content/guides"), "user limit of inotify watches reached");
        assertEquals(after, f.preview.generation());
    }
}
