package dev.docsite.testing;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * Debian's Chromium and ChromeDriver for the browser tests: skipped (not failed) where they are not installed, started
 * headless with the flags this machine's closed network needs (no background connections) and a fresh profile.
 */
public final class HeadlessChromium {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** Skips the calling test unless Chromium and its driver are installed. */
    public static void assumeInstalled() {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "needs /usr/bin/chromium and /usr/bin/chromedriver (apt-get install chromium chromium-driver)");
    }

    /**
     * Starts a driver with a new profile in {@code profileDir}.
     *
     * @param windowSize {@code "1400,1000"}, or {@code null} for Chromium's default
     */
    public static ChromeDriver start(Path profileDir, String windowSize) throws IOException {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toString());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--user-data-dir=" + Files.createDirectories(profileDir));
        if (windowSize != null) {
            options.addArguments("--window-size=" + windowSize);
        }
        return new ChromeDriver(service, options);
    }
}
