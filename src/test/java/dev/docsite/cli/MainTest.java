package dev.docsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.testing.TestSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The command line: commands, exit codes, messages. */
class MainTest {

    @TempDir
    Path dir;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private TestSite site() {
        TestSite site = new TestSite(dir);
        site.page("index.md", "title: Home", "Hello [a](a.md)\n");
        site.page("a.md", "title: A", "## Part\n");
        return site;
    }

    @Test
    void buildExitsZeroAndSaysWhatItWrote() {
        site();
        assertEquals(0, run("build", "--site", dir.toString()));
        assertTrue(out.toString().contains("Built 2 pages"), out.toString());
        assertTrue(Files.isRegularFile(dir.resolve("site-output/a/index.html")));
    }

    @Test
    void strictBuildWithABrokenLinkExitsOneAndPrintsACompilerStyleProblem() {
        site().page("b.md", "title: B", "\nSee [x](missing.md)\n");
        assertEquals(1, run("build", "--strict", "--site", dir.toString()));
        assertTrue(err.toString().contains("content/b.md:5:5: warning: no page file 'missing.md'"), err.toString());
        assertTrue(err.toString().contains("[broken-link]"));
        assertFalse(err.toString().contains("Exception"));
    }

    @Test
    void reportIsWrittenAsJson() throws Exception {
        site().page("b.md", "title: B", "See [x](missing.md)\n");
        assertEquals(0, run("build", "--site", dir.toString(), "--report", dir.resolve("r.json").toString()));
        String json = Files.readString(dir.resolve("r.json"));
        var node = new com.fasterxml.jackson.databind.ObjectMapper().readTree(json);
        assertEquals(3, node.get("pages").asInt());
        assertEquals("broken-link", node.get("problems").get(0).get("code").asText());
        assertEquals("content/b.md", node.get("problems").get(0).get("file").asText());
        assertEquals(4, node.get("problems").get(0).get("line").asInt(), "line 4: after the 3 frontmatter lines");
        assertEquals("missing.md", node.get("problems").get(0).get("target").asText());
    }

    @Test
    void checkWritesNothingAndLinksPrintsTheGraph() {
        site().page("orphan.md", "title: Orphan", "x\n");
        assertEquals(0, run("check", "--links", "--site", dir.toString()));
        assertFalse(Files.exists(dir.resolve("site-output")));
        assertTrue(out.toString().contains("links checked:  1"), out.toString());
        assertTrue(out.toString().contains("content/orphan.md"), out.toString());
    }

    @Test
    void badUsageAndBadConfigurationExitTwoWithoutStackTrace() {
        site();
        assertEquals(2, run("build", "--no-such-flag"));
        assertTrue(err.toString().contains("Unknown option"), err.toString());
        assertEquals(2, run("frobnicate"));
        new TestSite(dir).file("site.yml", "kpi: [oops\n");
        assertEquals(2, run("build", "--site", dir.toString()));
        assertTrue(err.toString().contains("site.yml:"), err.toString());
        assertEquals(2, run("build", "--site", dir.resolve("nope").toString()));
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void refusesAnOutputFolderThatHoldsTheContent() {
        site();
        assertEquals(2, run("build", "--site", dir.toString(), "--out", dir.toString()));
        assertTrue(err.toString().contains("contains the content folder") || err.toString().contains("contains the site folder"),
                err.toString());
        assertTrue(Files.isRegularFile(dir.resolve("content/index.md")));
    }

    @Test
    void versionAndHelp() {
        assertEquals(0, run("--version"));
        assertTrue(out.toString().startsWith("docsite "));
        assertEquals(0, run("--help"));
        assertTrue(out.toString().contains("build") && out.toString().contains("check"));
        assertEquals(0, run("build", "--help"));
        assertTrue(out.toString().contains("--base-url"));
    }
}
