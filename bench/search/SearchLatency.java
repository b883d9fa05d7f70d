import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import com.sun.net.httpserver.HttpServer;
import org.openqa.selenium.By;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Search in a real browser on a built site (run by bench/search/run): serves SITE_DIR on loopback (a plain static
 * server, no compression), opens PAGE in headless Chromium with the HTTP cache disabled, and for each query types it
 * into the search box as key events. Reports the time from the first keystroke until the results list shows the
 * results of the whole query (the script's own timestamps, performance.now()), and the bytes of search/ files the
 * page loaded (Resource Timing transferSize: body plus headers), with a fresh page load per query so that nothing is
 * reused from an earlier query. Each query runs RUNS times; medians are printed.
 *
 * Usage: java -cp <test classpath> SearchLatency.java SITE_DIR PAGE RUNS QUERY...
 */
public class SearchLatency {

    /** Installed before typing; leaves [ms, bytes, files, results, first href] in window.__result. */
    private static final String MEASURE = """
            const query = arguments[0];
            const input = document.getElementById('search-input'), list = document.getElementById('search-results');
            window.__first = null;
            window.__result = null;
            input.addEventListener('keydown', () => { if (window.__first === null) window.__first = performance.now(); });
            const observer = new MutationObserver(() => {
              if (input.value === query && !list.hidden && list.querySelector('.search-result, .search-message')) {
                observer.disconnect();
                const took = performance.now() - window.__first;
                const parts = performance.getEntriesByType('resource').filter(e => e.name.includes('/search/'));
                const first = list.querySelector('.search-result a');
                window.__result = [took, parts.reduce((sum, e) => sum + e.transferSize, 0), parts.length,
                    list.querySelectorAll('.search-result').length, first ? first.getAttribute('href') : ''];
              }
            });
            observer.observe(list, { childList: true, subtree: true, attributes: true });
            """;

    public static void main(String[] args) throws Exception {
        Path site = Path.of(args[0]).toAbsolutePath();
        String page = args[1];
        int runs = Integer.parseInt(args[2]);
        List<String> queries = List.of(args).subList(3, args.length);
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 64);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            Path file = site.resolve(path.substring(1)).normalize();
            if (Files.isDirectory(file)) {
                file = file.resolve("index.html");
            }
            if (!file.startsWith(site) || !Files.isRegularFile(file)) {
                exchange.sendResponseHeaders(404, -1);
                exchange.close();
                return;
            }
            byte[] body = Files.readAllBytes(file);
            String name = file.getFileName().toString();
            exchange.getResponseHeaders().set("Content-Type", name.endsWith(".html") ? "text/html; charset=utf-8"
                    : name.endsWith(".js") ? "text/javascript; charset=utf-8"
                    : name.endsWith(".css") ? "text/css; charset=utf-8" : "application/octet-stream");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(4));
        server.start();
        String base = "http://127.0.0.1:" + server.getAddress().getPort() + "/";
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--window-size=1400,1000", "--user-data-dir=" + Files.createTempDirectory("search-bench-chrome"));
        ChromeDriver driver = new ChromeDriver(new ChromeDriverService.Builder()
                .usingDriverExecutable(new java.io.File("/usr/bin/chromedriver")).build(), options);
        try {
            driver.executeCdpCommand("Network.enable", Map.of());
            driver.executeCdpCommand("Network.setCacheDisabled", Map.of("cacheDisabled", true));
            driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
            System.out.println("| query | results | first result | keystroke → results, median (ms) | runs (ms) | search/ files | bytes (median) |");
            System.out.println("| --- | ---: | --- | ---: | --- | ---: | ---: |");
            for (String query : queries) {
                List<Double> times = new ArrayList<>();
                List<Long> bytes = new ArrayList<>();
                List<?> last = null;
                for (int r = 0; r < runs; r++) {
                    driver.get(base + page);
                    new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("search-input")));
                    driver.executeScript(MEASURE, query);
                    driver.findElement(By.id("search-input")).sendKeys(query);
                    List<?> result = new WebDriverWait(driver, Duration.ofSeconds(60), Duration.ofMillis(20))
                            .until(d -> (List<?>) driver.executeScript("return window.__result"));
                    times.add(((Number) result.get(0)).doubleValue());
                    bytes.add(((Number) result.get(1)).longValue());
                    last = result;
                }
                List<Double> sortedTimes = times.stream().sorted().toList();
                List<Long> sortedBytes = bytes.stream().sorted().toList();
                System.out.printf("| `%s` | %s | `%s` | %.0f | %s | %s | %,d |%n", query, last.get(3), last.get(4),
                        sortedTimes.get(runs / 2), times.stream().map(t -> String.format("%.0f", t)).toList(),
                        last.get(2), sortedBytes.get(runs / 2));
            }
        } finally {
            driver.quit();
            server.stop(0);
            System.exit(0);
        }
    }
}
