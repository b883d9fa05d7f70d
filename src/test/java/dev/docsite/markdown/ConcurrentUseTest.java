package dev.docsite.markdown;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static dev.docsite.markdown.Pages.ENGINE;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** One engine is shared by all pipeline threads. */
class ConcurrentUseTest {

    @Test
    void rendersTheSameHtmlFromManyThreadsAtOnce() throws Exception {
        List<String> sources = List.of(Pages.seed("role-based-guide-appsec-manager.md"),
                Pages.seed("role-based-guide-security-manager.md"),
                Pages.lines(":::tip[T]", "<Tabs>", "<TabItem value=\"a\">x [l](l.md)</TabItem>", "</Tabs>", ":::", ":kpi[k]"));
        List<String> expected = sources.stream().map(Pages::render).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 200; i++) {
                int n = i % sources.size();
                results.add(pool.submit(() -> Pages.render(sources.get(n)).equals(expected.get(n))
                        && ENGINE.outline(sources.get(n)).equals(ENGINE.outline(sources.get(n)))));
            }
            for (Future<Boolean> result : results) {
                assertEquals(true, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
