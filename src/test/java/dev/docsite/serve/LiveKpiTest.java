package dev.docsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** KPI feed changes reach open pages in place; a failing feed keeps the last good values. */
class LiveKpiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    java.nio.file.Path dir;

    private ServeFixture f;
    private ServeFixture.RecordingClient alpha;

    @BeforeEach
    void setUp() throws Exception {
        f = new ServeFixture(dir).open();
        alpha = f.connect("guides/a/");
    }

    private String widgetText(String url, String id) {
        Element el = Jsoup.parse(f.html(url)).selectFirst("[data-kpi=" + id + "]");
        return el == null ? "" : el.text();
    }

    private JsonNode lastKpiEvent() throws Exception {
        List<String> events = alpha.dataOf("kpi");
        return JSON.readTree(events.get(events.size() - 1));
    }

    @Test
    void helloCarriesTheLiveStatus() throws Exception {
        JsonNode hello = JSON.readTree(f.preview.helloJson());
        assertEquals("live", hello.at("/kpi/state").asText());
        assertFalse(hello.at("/kpi/lastRead").isNull());
    }

    @Test
    void changedValueIsSentAsWidgetHtmlWithoutReloadingThePage() throws Exception {
        assertTrue(widgetText("/guides/a/", "open-critical").contains("41"));
        f.feed(57, 7);
        f.preview.apply(List.of(f.path("data/kpi.json")));

        assertFalse(alpha.toldToReload(), "values update in place");
        JsonNode event = lastKpiEvent();
        assertEquals("live", event.at("/status/state").asText());
        assertEquals(0, event.at("/status/problems").size(), "a clean read clears the overlay's feed problems");
        JsonNode widget = event.at("/kpis/open-critical");
        assertTrue(widget.get("inline").asText().contains("data-kpi=\"open-critical\""));
        assertTrue(widget.get("inline").asText().contains("57"));
        assertTrue(widget.get("card").asText().contains("57"));
        assertTrue(event.at("/kpis/mttr").isMissingNode(), "unchanged KPIs are not sent");
        assertTrue(widgetText("/guides/a/", "open-critical").contains("57"), "a reload shows the new value too");
        assertTrue(f.html("/kpi/snapshot.json").contains("57"));
    }

    @Test
    void failingFeedKeepsTheLastGoodValuesAndLogsOncePerEpisode() throws Exception {
        f.site.file("data/kpi.json", "{ this is not json");
        f.preview.apply(List.of(f.path("data/kpi.json")));
        f.site.file("data/kpi.json", "still [ broken");
        f.preview.apply(List.of(f.path("data/kpi.json")));
        f.preview.refreshKpi();

        assertTrue(widgetText("/guides/a/", "open-critical").contains("41"), "last good value still shown");
        JsonNode status = JSON.readTree(alpha.dataOf("kpi-status").get(alpha.dataOf("kpi-status").size() - 1));
        assertEquals("stale", status.get("state").asText());
        assertFalse(status.get("staleSince").isNull());
        assertFalse(status.get("lastRead").isNull());
        assertTrue(status.get("reason").asText().contains("data/kpi.json"), status.toString());
        assertEquals("data/kpi.json", status.at("/problems/0/file").asText(), "for the problems overlay");
        assertEquals(1, status.at("/problems/0/line").asInt());
        assertEquals("error", status.at("/problems/0/severity").asText());
        assertEquals("kpi-feed", status.at("/problems/0/code").asText());
        assertEquals(1, f.log.stream().filter(l -> l.startsWith("KPI feed unavailable")).count(), f.log.toString());
        assertFalse(alpha.toldToReload());

        f.feed(60, 7);
        f.preview.apply(List.of(f.path("data/kpi.json")));
        JsonNode event = lastKpiEvent();
        assertEquals("live", event.at("/status/state").asText());
        assertEquals(0, event.at("/status/problems").size(), "a clean read clears the overlay's feed problems");
        assertTrue(event.at("/kpis/open-critical/inline").asText().contains("60"));

        f.site.file("data/kpi.json", "broken again");
        f.preview.apply(List.of(f.path("data/kpi.json")));
        assertEquals(2, f.log.stream().filter(l -> l.startsWith("KPI feed unavailable")).count(),
                "a new failure episode is logged again");
    }

    @Test
    void kpiThatVanishesFromTheFeedReloadsPagesUsingIt() throws Exception {
        f.site.file("data/kpi.json", "{\"generated_at\": \"2026-11-20T08:00:00Z\", \"kpis\": [{\"id\": \"mttr\","
                + " \"label\": \"MTTR\", \"unit\": \"days\", \"better\": \"down\", \"value\": 5}]}\n");
        f.preview.apply(List.of(f.path("data/kpi.json")));
        assertTrue(alpha.toldToReload(), "the page now has an unknown-KPI problem");
        Element problems = Jsoup.parse(f.html("/guides/a/")).getElementById("docsite-problems");
        assertTrue(problems.text().contains("open-critical"), problems.text());
    }
}
