package dev.docsite.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

/** Every out-of-range value is a configuration error naming the key and the accepted range, never an internal error. */
class ConfigRangesTest {

    @TempDir
    Path site;

    private String error(String yaml) throws IOException {
        Files.writeString(site.resolve("site.yml"), yaml);
        return assertThrows(ConfigException.class, () -> ConfigLoader.load(site, ConfigOverrides.none())).getMessage();
    }

    @Test
    void durationsTooLargeToHoldAreOutOfRange() throws IOException {
        assertEquals("site.yml: kpi.max_age: 99999999999999999999d is out of range: expected a duration from 1s to 3650d",
                error("kpi: {max_age: 99999999999999999999d}\n"));
        assertEquals("site.yml: kpi.max_age: 999999999999999d is out of range: expected a duration from 1s to 3650d",
                error("kpi: {max_age: 999999999999999d}\n"));
    }

    @Test
    void zeroTimeoutsAndRefreshesAreOutOfRange() throws IOException {
        assertEquals("site.yml: kpi.connect_timeout: 0s is out of range: expected a duration from 100ms to 10m",
                error("kpi: {connect_timeout: 0s}\n"));
        assertEquals("site.yml: kpi.read_timeout: 11m is out of range: expected a duration from 100ms to 10m",
                error("kpi: {read_timeout: 11m}\n"));
        assertEquals("site.yml: kpi.refresh: 0s is out of range: expected a duration from 1s to 1d",
                error("kpi: {refresh: 0s}\n"));
    }

    @Test
    void rawHtmlIsAllowOrEscape() throws IOException, ConfigException {
        assertEquals("site.yml: markdown.raw_html: expected 'allow' or 'escape', got 'strip'",
                error("markdown: {raw_html: strip}\n"));
        Files.writeString(site.resolve("site.yml"), "markdown: {raw_html: escape}\n");
        assertEquals(new MarkdownFeatures(false, MarkdownFeatures.RawHtml.ESCAPE),
                ConfigLoader.load(site, ConfigOverrides.none()).markdown());
        Files.writeString(site.resolve("site.yml"), "title: T\n");
        assertEquals(new MarkdownFeatures(false, MarkdownFeatures.RawHtml.ALLOW),
                ConfigLoader.load(site, ConfigOverrides.none()).markdown());
    }

    @Test
    void sizesOutOfRangeNameTheRange() throws IOException {
        assertEquals("site.yml: kpi.max_bytes: 99999999999999MB is out of range: expected a size from 1B to 1024MB",
                error("kpi: {max_bytes: 99999999999999MB}\n"));
        assertEquals("site.yml: kpi.max_bytes: 0 is out of range: expected a size from 1B to 1024MB",
                error("kpi: {max_bytes: 0}\n"));
    }

    @Test
    void theLimitsThemselvesAreAccepted() throws IOException, ConfigException {
        Files.writeString(site.resolve("site.yml"), "kpi: {max_age: 3650d, connect_timeout: 100ms, max_bytes: 1024MB}\n");
        KpiConfig kpi = ConfigLoader.load(site, ConfigOverrides.none()).kpi();
        assertEquals(java.time.Duration.ofDays(3650), kpi.maxAge());
        assertEquals(java.time.Duration.ofMillis(100), kpi.connectTimeout());
        assertEquals(1024L * 1024 * 1024, kpi.maxBytes());
    }

    @Test
    void aLatin1FileNamesItsLine() throws IOException {
        Files.write(site.resolve("site.yml"), "title: C\ntagline: caf\u00e9\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        assertEquals("site.yml:2: not UTF-8 text; save the file as UTF-8",
                assertThrows(ConfigException.class, () -> ConfigLoader.load(site, ConfigOverrides.none())).getMessage());
    }
}
