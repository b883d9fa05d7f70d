package dev.docsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docsite.testing.TreeCopy;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The hostile-input corpus ({@code src/test/resources/hostile/site}, cases listed in {@code docs/hostile-input.md}),
 * plus symbolic links made here to a file outside the site: {@code build} writes the site in one go, each problem
 * reported on its page ({@code serve/HostileCorpusServeTest} serves it).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HostileCorpusBuildTest {

    @TempDir
    static Path dir;

    private Path site;

    @BeforeAll
    void copy() throws Exception {
        site = dir.resolve("site");
        TreeCopy.copy(Path.of(HostileCorpusBuildTest.class.getResource("/hostile/site").toURI()), site);
        Path secret = Files.writeString(dir.resolve("secret.txt"), "SECRET-OUTSIDE\n");
        Files.createDirectories(site.resolve("static"));
        Files.createSymbolicLink(site.resolve("static/leak.txt"), secret);
        Files.createSymbolicLink(site.resolve("content/leak.md"), secret);
    }

    @Test
    void buildsWithEachProblemOnItsPage() throws Exception {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute("build", "--site", site.toString());
        assertEquals(0, exit, err.toString());
        assertEquals(EXPECTED_PROBLEMS, err.toString());
        assertEquals(false, Files.exists(site.resolve("site-output/leak.txt")));
    }

    private static final String EXPECTED_PROBLEMS = String.join("", List.of(
            "content/bad-slug.md:3: error: the page's URL 'search-index.json/' would replace docsite's own 'search-index.json'; change 'slug' (the page is not built) [frontmatter]\n",
            "content/components.md:5:1: warning: MDX components and admonitions nested more than 100 levels deep; from this line on the page is shown as plain text: nest less deeply [nesting]\n",
            "content/hidden-slug.md:3: error: the page's URL '.docsite-output/' has a folder or name starting with '.' ('.docsite-output'), which docsite keeps for itself; change 'slug' (the page is not built) [frontmatter]\n",
            "content/leak.md: warning: symbolic link not followed (its target may lie outside the site): copy the file or folder here instead [symlink]\n",
            "content/list-300.md:105:1: warning: block quotes and lists nested more than 100 levels deep; from this line on the page is shown as plain text: nest less deeply [nesting]\n",
            "content/quotes.md:5:1: warning: block quotes and lists nested more than 100 levels deep; from this line on the page is shown as plain text: nest less deeply [nesting]\n",
            "content/slot-markers.md:1: error: the page contains every character docsite can mark a link or widget with (control characters and the private-use area U+E000–U+F8FF); remove the private-use characters it does not need (the page is not built) [unreadable-file]\n",
            "content/spaced-dashes.md:5:1: warning: block quotes and lists nested more than 100 levels deep; from this line on the page is shown as plain text: nest less deeply [nesting]\n",
            "content/tabs.md:105:1: warning: MDX components and admonitions nested more than 100 levels deep; from this line on the page is shown as plain text: nest less deeply [nesting]\n",
            "static/leak.txt: warning: symbolic link not followed (its target may lie outside the site): copy the file or folder here instead [symlink]\n"));
}
