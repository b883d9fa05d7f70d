import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Load for the preview soak test (run by bench/soak/run with `java SoakClient.java`): N clients each keep a
 * live-reload stream open like a browser tab and fetch random pages and assets back to back until the deadline.
 * Prints one summary block. No dependencies beyond the JDK.
 *
 * Usage: java SoakClient.java BASE_URL CLIENTS SECONDS
 */
public class SoakClient {

    public static void main(String[] args) throws Exception {
        String base = args[0].endsWith("/") ? args[0] : args[0] + "/";
        int clients = Integer.parseInt(args[1]);
        long seconds = Long.parseLong(args[2]);
        HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

        String sitemap = http.send(HttpRequest.newBuilder(URI.create(base + "sitemap.xml")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        List<String> urls = new ArrayList<>();
        Matcher m = Pattern.compile("<loc>([^<]+)</loc>").matcher(sitemap);
        while (m.find()) {
            String loc = m.group(1);
            urls.add(loc.startsWith("http") ? loc : "http://" + URI.create(base).getAuthority() + loc);
        }
        urls.add(base + "assets/docsite.css");
        urls.add(base + "assets/docsite.js");
        urls.add(base + "search/manifest.js");
        urls.add(base + "kpi/snapshot.json");
        if (urls.size() < 5) {
            throw new IllegalStateException("sitemap lists too few pages: " + sitemap);
        }

        long deadline = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
        Map<Integer, LongAdder> statuses = new ConcurrentHashMap<>();
        LongAdder failures = new LongAdder();
        LongAdder events = new LongAdder();
        LongAdder reloads = new LongAdder();
        LongAdder kpiEvents = new LongAdder();
        LongAdder streamsOpened = new LongAdder();
        List<String> errorSamples = new java.util.concurrent.CopyOnWriteArrayList<>();
        long[][] latencies = new long[clients][];
        AtomicLong requests = new AtomicLong();

        List<Thread> threads = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int id = c;
            String page = urls.get(c % Math.max(1, urls.size() - 4));
            String pageUrl = URI.create(page).getPath().substring(URI.create(base).getPath().length());
            Thread stream = new Thread(() -> {
                while (System.nanoTime() < deadline) {
                    try {
                        HttpRequest req = HttpRequest.newBuilder(URI.create(base + "__docsite/events?page="
                                + java.net.URLEncoder.encode(pageUrl, StandardCharsets.UTF_8)))
                                .header("Accept", "text/event-stream").build();
                        HttpResponse<java.io.InputStream> r = http.send(req, HttpResponse.BodyHandlers.ofInputStream());
                        streamsOpened.increment();
                        try (BufferedReader in = new BufferedReader(new InputStreamReader(r.body(), StandardCharsets.UTF_8))) {
                            String line;
                            while (System.nanoTime() < deadline && (line = in.readLine()) != null) {
                                if (line.startsWith("event: ")) {
                                    events.increment();
                                    if (line.equals("event: kpi")) {
                                        kpiEvents.increment();
                                    }
                                } else if (line.startsWith("data: ") && line.contains("\"" + pageUrl + "\"")) {
                                    reloads.increment();
                                }
                            }
                        }
                    } catch (Exception e) {
                        failures.increment();
                        if (errorSamples.size() < 10) {
                            errorSamples.add("stream: " + e);
                        }
                        sleep(500);
                    }
                }
            }, "stream-" + c);
            stream.setDaemon(true);
            Thread fetch = new Thread(() -> {
                long[] lat = new long[1 << 16];
                int n = 0;
                while (System.nanoTime() < deadline) {
                    String url = urls.get(ThreadLocalRandom.current().nextInt(urls.size()));
                    long t0 = System.nanoTime();
                    try {
                        HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(url))
                                .timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
                        statuses.computeIfAbsent(r.statusCode(), k -> new LongAdder()).increment();
                        if (r.statusCode() >= 400 && errorSamples.size() < 10) {
                            errorSamples.add(r.statusCode() + " " + url);
                        }
                    } catch (Exception e) {
                        failures.increment();
                        if (errorSamples.size() < 10) {
                            errorSamples.add("fetch " + url + ": " + e);
                        }
                    }
                    long micros = (System.nanoTime() - t0) / 1000;
                    if (n < lat.length) {
                        lat[n++] = micros;
                    } else {
                        lat[ThreadLocalRandom.current().nextInt(lat.length)] = micros;
                    }
                    requests.incrementAndGet();
                }
                latencies[id] = Arrays.copyOf(lat, Math.min(n, lat.length));
            }, "fetch-" + c);
            threads.add(fetch);
            stream.start();
            fetch.start();
        }
        for (Thread t : threads) {
            t.join();
        }
        long[] all = Arrays.stream(latencies).filter(a -> a != null).flatMapToLong(Arrays::stream).sorted().toArray();
        Map<Integer, Long> byStatus = new TreeMap<>();
        statuses.forEach((k, v) -> byStatus.put(k, v.sum()));
        long errors = byStatus.entrySet().stream().filter(e -> e.getKey() >= 400).mapToLong(Map.Entry::getValue).sum();
        System.out.println("requests: " + requests.get() + " (" + requests.get() / Math.max(1, seconds) + "/s)");
        System.out.println("statuses: " + byStatus);
        System.out.println("error responses (>= 400): " + errors);
        System.out.println("client failures (connection/timeouts): " + failures.sum());
        System.out.println("latency ms p50/p95/p99/max: " + pct(all, 50) + " / " + pct(all, 95) + " / " + pct(all, 99)
                + " / " + (all.length == 0 ? 0 : all[all.length - 1] / 1000.0));
        System.out.println("live streams opened: " + streamsOpened.sum() + ", events received: " + events.sum()
                + " (kpi: " + kpiEvents.sum() + ", reloads naming the client's page: " + reloads.sum() + ")");
        errorSamples.forEach(s -> System.out.println("  sample: " + s));
        System.exit(0);
    }

    private static double pct(long[] sorted, int p) {
        if (sorted.length == 0) {
            return 0;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p / 100.0 * sorted.length) - 1)] / 1000.0;
    }

    private static void sleep(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
