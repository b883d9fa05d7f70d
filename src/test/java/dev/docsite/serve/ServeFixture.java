package dev.docsite.serve;

import dev.docsite.config.ConfigException;
import dev.docsite.config.ConfigOverrides;
import dev.docsite.testing.TestSite;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** A small site with a KPI feed file, loaded into a {@link PreviewSite}, and helpers to change it. */
final class ServeFixture {

    /** A browser stand-in on the live-reload stream. */
    static final class RecordingClient implements LiveEvents.Client {
        final String url;
        final List<String[]> events = Collections.synchronizedList(new ArrayList<>());

        RecordingClient(String url) {
            this.url = url;
        }

        @Override
        public String pageUrl() {
            return url;
        }

        @Override
        public boolean send(String event, String json) {
            events.add(new String[] {event, json});
            return true;
        }

        @Override
        public boolean ping() {
            return true;
        }

        List<String> dataOf(String event) {
            synchronized (events) {
                return events.stream().filter(e -> e[0].equals(event)).map(e -> e[1]).toList();
            }
        }

        /** Whether a reload event since the last {@link #clear()} names this client's page. */
        boolean toldToReload() {
            return dataOf("reload").stream().anyMatch(d -> d.contains("\"" + url + "\""));
        }

        void clear() {
            events.clear();
        }
    }

    final TestSite site;
    final List<String> log = Collections.synchronizedList(new ArrayList<>());
    PreviewSite preview;

    ServeFixture(Path root) {
        this.site = new TestSite(root);
        site.file("site.yml", "title: Test Docs\nkpi:\n  feed: data/kpi.json\n")
                .page("index.md", "title: Home", "Start with the [alpha guide](guides/a.md).\n")
                .page("guides/a.md", "title: Alpha guide",
                        "Original alpha text.\n\n## Setup\n\nOpen criticals: :kpi[open-critical]\n")
                .page("guides/b.md", "title: Beta guide", "See [setup](a.md#setup).\n")
                .page("platform/c.md", "title: Gamma", "Gamma text.\n")
                .file("static/img/logo.svg", "<svg xmlns=\"http://www.w3.org/2000/svg\"></svg>");
        feed(41, 7);
    }

    /** Writes the feed with two KPIs. */
    ServeFixture feed(double openCritical, double mttr) {
        site.file("data/kpi.json", feedJson(openCritical, mttr));
        return this;
    }

    static String feedJson(double openCritical, double mttr) {
        return "{\"generated_at\": \"2026-11-20T08:00:00Z\", \"source\": \"test export\", \"kpis\": ["
                + kpi("open-critical", "Open critical findings", "count", "down", openCritical) + ", "
                + kpi("mttr", "Mean time to remediate", "days", "down", mttr) + "]}\n";
    }

    private static String kpi(String id, String label, String unit, String better, double value) {
        return "{\"id\": \"" + id + "\", \"label\": \"" + label + "\", \"unit\": \"" + unit + "\", \"better\": \""
                + better + "\", \"value\": " + value + ", \"as_of\": \"2026-11-20T08:00:00Z\"}";
    }

    ServeFixture open() throws IOException, ConfigException {
        preview = PreviewSite.open(site.config(), ConfigOverrides.none(), Clock.systemUTC(), n -> { }, log::add);
        return this;
    }

    Path path(String rel) {
        return site.root().resolve(rel);
    }

    /** Writes a file and applies the change as the watcher would. */
    void write(String rel, String text) {
        site.file(rel, text);
        preview.apply(List.of(path(rel)));
    }

    void delete(String rel) {
        try {
            Files.delete(path(rel));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        preview.apply(List.of(path(rel)));
    }

    RecordingClient connect(String url) {
        RecordingClient c = new RecordingClient(url);
        preview.events().add(c);
        get("/" + url);
        return c;
    }

    Reply get(String rawPath) {
        return preview.respond(rawPath, null);
    }

    String html(String rawPath) {
        return new String(get(rawPath).body(), StandardCharsets.UTF_8);
    }
}
