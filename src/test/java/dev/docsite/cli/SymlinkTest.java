package dev.docsite.cli;

import dev.docsite.testing.TestSite;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Symbolic links in a site's folders are never followed — pages, {@code _category_} files, static files, template
 * overrides — and each one skipped is named once in a {@code symlink} warning. Nothing of the files they point to
 * reaches the output.
 */
class SymlinkTest {

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

    private void link(String rel, Path target) throws IOException {
        Files.createSymbolicLink(dir.resolve("site").resolve(rel), target);
    }

    @Test
    void linksAreSkippedAndNamedOnce() throws IOException {
        Path outside = dir.resolve("outside");
        Files.createDirectories(outside);
        Files.writeString(outside.resolve("secret.txt"), "SECRET-OUTSIDE\n");
        Files.writeString(outside.resolve("cat.yml"), "label: OUTSIDE-LABEL\n");
        Files.writeString(outside.resolve("page.md"), "# OUTSIDE-PAGE\n");
        TestSite site = new TestSite(dir.resolve("site"));
        site.file("site.yml", "title: S\n").page("index.md", "title: Home", "Hi\n").page("guide/g.md", "title: G", "G\n");
        site.file("static/keep.txt", "kept\n").file("templates/assets/keep.css", "a{}\n");
        link("content/guide/_category_.yml", outside.resolve("cat.yml"));
        link("content/linked.md", outside.resolve("page.md"));
        link("content/linkdir", outside);
        link("static/p.txt", outside.resolve("secret.txt"));
        link("static/sdir", outside);
        link("templates/assets/p.txt", outside.resolve("secret.txt"));

        assertEquals(0, run("build", "--site", site.root().toString()));

        String warning = ": warning: symbolic link not followed (its target may lie outside the site): copy the file or"
                + " folder here instead [symlink]\n";
        assertEquals("content/guide/_category_.yml" + warning + "content/linkdir" + warning + "content/linked.md"
                + warning + "static/p.txt" + warning + "static/sdir" + warning + "templates/assets/p.txt" + warning,
                err.toString());
        try (Stream<Path> files = Files.walk(site.out())) {
            List<String> leaked = files.filter(Files::isRegularFile).filter(f -> {
                try {
                    String text = Files.readString(f);
                    return text.contains("SECRET-OUTSIDE") || text.contains("OUTSIDE-LABEL") || text.contains("OUTSIDE-PAGE");
                } catch (IOException e) {
                    return false; // binary assets
                }
            }).map(f -> site.out().relativize(f).toString()).toList();
            assertEquals(List.of(), leaked);
        }
        assertEquals(List.of("keep.txt"), list(site.out(), "keep.txt", "p.txt", "sdir"));
    }

    private static List<String> list(Path dir, String... names) {
        return Stream.of(names).filter(n -> Files.exists(dir.resolve(n))).toList();
    }
}
