package dev.docsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import dev.docsite.testing.TestSite;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Every I/O failure names the file and the reason in words (issue 19): an unreadable static file, template or page,
 * an output folder that cannot be made. The permission cases are skipped when the tests run as root, for whom
 * {@code chmod 000} denies nothing.
 */
class IoFailureTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();
    private Path locked;

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

    private static boolean root() {
        return "root".equals(System.getProperty("user.name"));
    }

    private void lock(Path file) throws IOException {
        locked = file;
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
    }

    @AfterEach
    void unlock() throws IOException {
        if (locked != null) {
            Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("rwxr-xr-x"));
        }
    }

    @Test
    void anOutputFolderUnderAFileNamesTheFileAndSaysItIsNotAFolder() throws IOException {
        TestSite site = site();
        Path file = Files.writeString(dir.resolve("file.txt"), "x");
        Path out = file.resolve("out");
        assertEquals(1, run("build", "--site", site.root().toString(), "--out", out.toString()));
        assertEquals("docsite: build failed: " + file + ": it is a file, not a folder (0 error(s), 0 warning(s))\n",
                err.toString());
    }

    @Test
    void anUnreadableStaticFileNamesTheFileAndTheReason() throws IOException {
        assumeFalse(root(), "chmod 000 denies nothing to root");
        TestSite site = site();
        Path image = site.root().resolve("static/a.png");
        Files.createDirectories(image.getParent());
        Files.writeString(image, "png");
        lock(image);
        assertEquals(1, run("build", "--site", site.root().toString()));
        assertEquals("docsite: build failed: writing the site failed: static/a.png: permission denied; the previous"
                + " output is left as it was (0 error(s), 0 warning(s))\n", err.toString());
    }

    @Test
    void anUnreadablePageNamesTheFileAndTheReason() throws IOException {
        assumeFalse(root(), "chmod 000 denies nothing to root");
        TestSite site = site();
        Path page = site.root().resolve("content/locked.md");
        Files.writeString(page, "---\ntitle: L\n---\nx\n");
        lock(page);
        assertEquals(0, run("build", "--site", site.root().toString()));
        assertEquals("content/locked.md: error: cannot read file: permission denied; check that it exists and is"
                + " readable [unreadable-file]\n", err.toString());
    }

    @Test
    void anUnreadableTemplateNamesTheFileAndTheReason() throws IOException {
        assumeFalse(root(), "chmod 000 denies nothing to root");
        TestSite site = site();
        Path template = site.root().resolve("templates/page.ftlh");
        Files.createDirectories(template.getParent());
        Files.writeString(template, "<html></html>");
        lock(template);
        assertEquals(1, run("build", "--site", site.root().toString()));
        assertEquals("error: " + template + ": template error: cannot read template: permission denied [template]\n"
                + "docsite: build failed: a template failed; the previous output is left as it was (1 error(s), 0"
                + " warning(s))\n", err.toString());
    }
}
