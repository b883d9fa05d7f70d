package dev.docsite.serve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathTest {

    @ParameterizedTest
    @CsvSource({
            "/, /, ''",
            "/guides/a/, /, guides/a/",
            "/assets/docsite.css, /, assets/docsite.css",
            "/docs/guides/a/, /docs/, guides/a/",
            "/docs/, /docs/, ''",
            "/caf%C3%A9/, /, café/",
            "/a%20b.png, /, a b.png"})
    void mapsPathsUnderTheBaseUrlToSitePaths(String raw, String base, String expected) {
        assertEquals(Optional.of(expected), RequestPath.toSitePath(raw, base));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "/../etc/passwd", "/%2e%2e/etc/passwd", "/%2E%2E/etc/passwd", "/.%2e/x", "/..%2f..%2fetc/passwd",
            "/%252e%252e/etc/passwd", "/a/..%5c..%5cetc", "/a\\..\\b", "/a%00b", "/%c0%ae%c0%ae/etc/passwd",
            "/%e0%80%ae%e0%80%ae/x", "/a/./b", "//etc/passwd", "/a//b", "/%ff", "/%zz", "/%2", "/a%0ab",
            "/caf\u00e9/", "etc/passwd"})
    void refusesAnythingThatCouldLeaveTheSite(String raw) {
        assertTrue(RequestPath.toSitePath(raw, "/").isEmpty(), raw);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/", "/other/", "/doc/x", "/docsx/"})
    void refusesPathsOutsideTheBaseUrl(String raw) {
        assertTrue(RequestPath.toSitePath(raw, "/docs/").isEmpty(), raw);
    }
}
