import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Edit-to-served latency of the preview server (run by bench/run with `java EditLatency.java`): saves a page with a
 * new sentence, then asks the server for the page every millisecond, as a browser's reload would, until the sentence
 * is in the answer. One keep-alive connection, so the figure is the server's delay plus about a millisecond, not the
 * cost of starting a client per poll. Restores the file at the end. No dependencies beyond the JDK.
 *
 * The first WARMUP edits are not counted: a server just started runs its rebuild code for the first time, and
 * those edits took up to three times as long as the ones after. Their median is printed too.
 *
 * Usage: java EditLatency.java PAGE_URL FILE EDITS TIMEOUT_SECONDS [WARMUP]
 * Prints "median p95 warmup-median" in milliseconds on the last line, one "edit N: T ms" line per edit before it;
 * exits 1 when an edit did not show within the timeout.
 */
public class EditLatency {

    public static void main(String[] args) throws Exception {
        URI page = URI.create(args[0]);
        Path file = Path.of(args[1]);
        int edits = Integer.parseInt(args[2]);
        long timeoutNanos = Duration.ofSeconds(Long.parseLong(args[3])).toNanos();
        int warmup = args.length > 4 ? Integer.parseInt(args[4]) : 10;
        HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        HttpRequest get = HttpRequest.newBuilder(page).timeout(Duration.ofSeconds(5)).build();
        byte[] original = Files.readAllBytes(file);
        for (int i = 0; i < 300; i++) { // the client's own start-up (JIT, connection) is not the server's latency
            client.send(get, HttpResponse.BodyHandlers.ofString());
        }
        List<Double> latencies = new ArrayList<>();
        List<Double> first = new ArrayList<>();
        try {
            for (int i = 1 - warmup; i <= edits; i++) {
                String marker = "bench-edit-" + i + "-" + System.currentTimeMillis();
                byte[] edited = (new String(original, StandardCharsets.UTF_8)
                        + "\nEdited by the benchmark: " + marker + ".\n").getBytes(StandardCharsets.UTF_8);
                long start = System.nanoTime();
                Files.write(file, edited);
                while (!client.send(get, HttpResponse.BodyHandlers.ofString()).body().contains(marker)) {
                    if (System.nanoTime() - start > timeoutNanos) {
                        System.out.println("edit " + i + " did not show within " + args[3] + " s");
                        System.exit(1);
                    }
                    Thread.sleep(1);
                }
                double ms = (System.nanoTime() - start) / 1e6;
                (i > 0 ? latencies : first).add(ms);
                System.out.printf("%s %d: %.1f ms%n", i > 0 ? "edit" : "warm-up edit", i > 0 ? i : i + warmup, ms);
                Thread.sleep(300);
            }
        } finally {
            Files.write(file, original);
        }
        Collections.sort(latencies);
        double p95 = latencies.get((int) Math.ceil(0.95 * latencies.size()) - 1);
        System.out.printf("%.0f %.0f %.0f%n", median(latencies), p95, first.isEmpty() ? Double.NaN : median(first));
    }

    private static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }
}
