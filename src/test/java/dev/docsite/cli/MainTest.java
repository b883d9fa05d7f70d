package dev.docsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.site.Version;
import dev.docsite.testing.TestSite;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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

    /** The output with the elapsed time, the only part that depends on the machine, as {@code <t>}. */
    private static String timeless(StringWriter w) {
        return w.toString().replaceAll("\\d+\\.\\d\\d s", "<t>");
    }

    /** What was printed on the error stream since the last call. */
    private String takeErr() {
        String text = err.toString();
        err.getBuffer().setLength(0);
        return text;
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
        assertEquals("Built 2 pages in <t> → site-output (0 error(s), 0 warning(s))\n", timeless(out));
        assertTrue(Files.isRegularFile(dir.resolve("site-output/a/index.html")));
    }

    @Test
    void theBuildCacheIsKeptByDefaultAndDeletedByANoCacheBuild() {
        site();
        Path cache = dir.resolve(".site-output.cache");
        assertEquals(0, run("build", "--site", dir.toString()));
        assertTrue(Files.isRegularFile(cache), "a build keeps a cache beside the output by default");
        assertEquals(0, run("build", "--no-cache", "--site", dir.toString()));
        assertFalse(Files.exists(cache), "--no-cache deletes it");
        assertEquals(0, run("build", "--cache", "--site", dir.toString()));
        assertTrue(Files.isRegularFile(cache), "--cache, the default, is still accepted");
        assertEquals(0, run("check", "--site", dir.toString()));
        assertTrue(Files.isRegularFile(cache), "check neither uses nor deletes it");
    }

    @Test
    void strictBuildWithABrokenLinkExitsOneAndPrintsACompilerStyleProblem() {
        site().page("b.md", "title: B", "\nSee [x](missing.md)\n");
        assertEquals(1, run("build", "--strict", "--site", dir.toString()));
        assertEquals("content/b.md:5:5: warning: no page file 'missing.md' (looked for content/missing.md) [broken-link]\n"
                + "docsite: build failed: --strict: 1 problem(s); nothing was written (0 error(s), 1 warning(s))\n", err.toString());
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
        assertEquals(String.join("\n", "Link graph:",
                "  pages:          3",
                "  links checked:  1",
                "  external links: 0 (not fetched)",
                "  platform links: 0",
                "  problems:       none",
                "  orphan pages:   1 (no page links to them)",
                "    content/orphan.md (/orphan/)",
                "Checked 3 pages in <t> (0 error(s), 0 warning(s))", ""), timeless(out));
    }

    @Test
    void badUsageAndBadConfigurationExitTwoWithoutStackTrace() {
        site();
        assertEquals(2, run("build", "--no-such-flag"));
        assertEquals("docsite: Unknown option: '--no-such-flag'\nRun 'docsite build --help' for usage.\n", takeErr());
        assertEquals(2, run("frobnicate"));
        assertEquals("docsite: Unmatched argument at index 0: 'frobnicate'\nRun 'docsite --help' for usage.\n", takeErr());
        new TestSite(dir).file("site.yml", "kpi: [oops\n");
        assertEquals(2, run("build", "--site", dir.toString()));
        assertEquals("docsite: site.yml:2: invalid YAML: expected ',' or ']', but got <stream end>\n", takeErr());
        assertEquals(2, run("build", "--site", dir.resolve("nope").toString()));
        assertEquals("docsite: site folder <nope> does not exist (check --site)\n",
                takeErr().replace(dir.resolve("nope").toString(), "<nope>"));
    }

    @Test
    void refusesAnOutputFolderThatHoldsTheContent() {
        site();
        assertEquals(2, run("build", "--site", dir.toString(), "--out", dir.toString()));
        assertEquals("docsite: output folder <dir> contains the site folder (<dir>); it is replaced on every build, so choose a separate folder with --out or 'out:' in site.yml\n", err.toString().replace(dir.toString(), "<dir>"));
        assertTrue(Files.isRegularFile(dir.resolve("content/index.md")));
    }

    @Test
    void versionAndHelp() {
        assertEquals(0, run("--version"));
        assertEquals("docsite " + Version.current() + "\n", out.toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("--help"));
        assertEquals("[  build  Build the site into the output folder (atomically: a failed build,"
                + "   check  Validate the site like build does (links, frontmatter, KPIs,,"
                + "   serve  Preview the site: serve it from memory, rebuild on every change,]", out.toString().lines().filter(l -> l.startsWith("  build") || l.startsWith("  check")
                || l.startsWith("  serve")).toList().toString());
        out.getBuffer().setLength(0);
        assertEquals(0, run("build", "--help"));
        assertEquals(List.of("      --base-url=PATH        Path prefix the site is served under, e.g. /docs/"),
                out.toString().lines().filter(l -> l.strip().startsWith("--base-url")).toList());
    }
}
