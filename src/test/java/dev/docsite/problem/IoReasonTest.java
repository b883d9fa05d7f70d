package dev.docsite.problem;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.MalformedInputException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** An I/O failure is told as the file and the reason in words, never as a bare path or an exception's class. */
class IoReasonTest {

    @Test
    void theJdksExceptionsWhoseMessageIsOnlyAPathGetTheirReasonInWords() {
        assertEquals("static/a.png: permission denied",
                IoReason.describe(null, new AccessDeniedException("static/a.png")));
        assertEquals("content/x.md: no such file or folder",
                IoReason.describe(null, new NoSuchFileException("content/x.md")));
        assertEquals("templates: not a folder", IoReason.describe(null, new NotDirectoryException("templates")));
    }

    @Test
    void theOperatingSystemsReasonIsKeptAsTheRestOfASentence() {
        assertEquals("out/index.html: no space left on device",
                IoReason.describe(null, new FileSystemException("out/index.html", null, "No space left on device")));
        assertEquals("a -> b: read-only file system",
                IoReason.describe(null, new FileSystemException("a", "b", "Read-only file system")));
        assertEquals("site-output: no space left on device",
                IoReason.describe(Path.of("site-output"), new IOException("No space left on device")));
    }

    @Test
    void aFailureWithoutAMessageStillHasAReason() {
        assertEquals("report.json: input/output error", IoReason.describe(Path.of("report.json"), new IOException()));
        assertEquals("not UTF-8 text", IoReason.of(new MalformedInputException(1)));
        assertEquals("permission denied", IoReason.of(new IOException(new AccessDeniedException("x"))));
        assertEquals("templates/page.ftlh: permission denied", IoReason.describe(Path.of("templates/page.ftlh"),
                new java.io.FileNotFoundException("/site/templates/page.ftlh (Permission denied)")));
    }

    @Test
    void pathsAreShownThroughTheGivenDisplay() {
        Path root = Path.of("/site");
        assertEquals("static/a.png: permission denied", IoReason.describe(null,
                new AccessDeniedException("/site/static/a.png"), p -> root.relativize(p).toString()));
    }
}
