package dev.docsite.cli;

import dev.docsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * {@code --report} writes only a regular file, or a new one, in a folder that exists, outside the site's inputs and
 * output; anything else is a usage error (exit 2) that changes nothing — no output, no report, no folder created.
 * (A report outside the site root needs {@code --allow-outside}: {@code SiteRootTest}.)
 */
class ReportPathTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private TestSite site() {
        TestSite site = new TestSite(dir.resolve("site"));
        site.file("site.yml", "title: R\n").page("index.md", "title: Home", "Hi\n");
        return site;
    }

    private static final String RULE = "; the report is written only to a regular file (or a new one) outside the"
            + " site's content, static, templates and output folders\n";

    /** Reports outside the site root are allowed here: what is checked is what the report may replace. */
    private void assertRefused(TestSite site, Path report, String why) {
        assertEquals(2, run("build", "--site", site.root().toString(), "--report", report.toString(),
                "--allow-outside", dir.toString(), "--allow-outside", "/dev"));
        assertEquals("docsite: --report " + report + ": " + why + RULE, err.toString());
        assertEquals(false, Files.exists(site.out()), "nothing was built");
    }

    @Test
    void aPageIsNeverOverwritten() throws IOException {
        TestSite site = site();
        Path page = site.root().resolve("content/index.md");
        String before = Files.readString(page);
        assertRefused(site, page, "it is inside the content folder (" + site.root().resolve("content") + ")");
        assertEquals(before, Files.readString(page));
    }

    @Test
    void aSymbolicLinkIsNeitherFollowedNorReplaced() throws IOException {
        TestSite site = site();
        Path target = dir.resolve("precious.txt");
        Files.writeString(target, "precious\n");
        Path link = Files.createSymbolicLink(dir.resolve("r.json"), target);
        assertRefused(site, link, "it exists and is not a regular file (a folder, device or symbolic link)");
        assertEquals(true, Files.isSymbolicLink(link));
        assertEquals("precious\n", Files.readString(target));
    }

    @Test
    void aDeviceOrFolderIsRefused() {
        TestSite site = site();
        assertRefused(site, Path.of("/dev/null"), "it exists and is not a regular file (a folder, device or symbolic link)");
    }

    @Test
    void aMissingFolderIsNotCreated() {
        TestSite site = site();
        Path report = dir.resolve("missing/deeper/r.json");
        assertRefused(site, report, "its folder " + report.getParent() + " does not exist; create it first");
        assertEquals(false, Files.exists(dir.resolve("missing")));
    }

    @Test
    void theConfigurationIsRefused() {
        TestSite site = site();
        assertRefused(site, site.root().resolve("site.yml"), "it is the site's configuration");
    }

    @Test
    void aRegularFileIsReplacedWithoutLeftovers() throws IOException {
        TestSite site = site();
        Path report = dir.resolve("r.json");
        Files.writeString(report, "old\n");
        assertEquals(0, run("build", "--site", site.root().toString(), "--report", report.toString(),
                "--allow-outside", report.toString()));
        assertEquals("{\n  \"pages\" : 1,", Files.readString(report).substring(0, 16));
        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of("r.json", "site"), files.map(f -> f.getFileName().toString()).sorted().toList());
        }
        assertEquals(true, Files.isRegularFile(report, LinkOption.NOFOLLOW_LINKS));
    }
}
