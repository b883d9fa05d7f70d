package dev.docsite.testing;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Chromium for a browser test class, as a JUnit extension: {@code @RegisterExtension static final
 * ChromeSession CHROME = new ChromeSession("1400,1000");} skips the class where Chromium is not installed, starts the
 * browser with a fresh profile before the class's own {@code @BeforeAll} and quits it after its last test.
 */
public final class ChromeSession implements BeforeAllCallback, AfterAllCallback {

    /** The CI machine is a busy 2-core box. */
    public static final Duration TIMEOUT = Duration.ofSeconds(45);

    private final String windowSize;
    private Path profile;
    private ChromeDriver driver;
    private WebDriverWait wait;

    /** @param windowSize {@code "1400,1000"}, or {@code null} for Chromium's default */
    public ChromeSession(String windowSize) {
        this.windowSize = windowSize;
    }

    @Override
    public void beforeAll(ExtensionContext context) throws IOException {
        HeadlessChromium.assumeInstalled();
        profile = Files.createTempDirectory("docsite-chrome-profile");
        driver = HeadlessChromium.start(profile, windowSize);
        driver.manage().timeouts().pageLoadTimeout(TIMEOUT);
        wait = new WebDriverWait(driver, TIMEOUT);
    }

    @Override
    public void afterAll(ExtensionContext context) throws IOException {
        if (driver != null) {
            driver.quit();
        }
        if (profile != null) {
            try (Stream<Path> files = Files.walk(profile)) {
                for (Path p : files.sorted(Comparator.reverseOrder()).toList()) {
                    Files.deleteIfExists(p);
                }
            }
        }
    }

    /** The browser, started. */
    public ChromeDriver driver() {
        return driver;
    }

    /** A wait of {@link #TIMEOUT} on {@link #driver()}. */
    public WebDriverWait await() {
        return wait;
    }
}
