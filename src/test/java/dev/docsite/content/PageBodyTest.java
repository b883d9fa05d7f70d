package dev.docsite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page body read again from its file is the body loading gave, or an error when the file changed since. */
class PageBodyTest {

    @TempDir
    Path dir;

    @Test
    void aBodyReadAgainHasItsFrontmatterBlankedAsWhenItWasLoaded() throws IOException {
        Path page = dir.resolve("page.md");
        String text = "---\ntitle: T\n---\n# Heading\n";
        Files.writeString(page, text);
        assertEquals("\n\n\n# Heading\n", new PageBody.Reread(page, PageBody.sha256Of(text)).text());
    }

    @Test
    void aFileChangedSinceItWasLoadedIsAnErrorNotAMixOfTwoTexts() throws IOException {
        Path page = dir.resolve("page.md");
        Files.writeString(page, "# Old\n");
        PageBody body = new PageBody.Reread(page, PageBody.sha256Of("# Old\n"));
        Files.writeString(page, "# New\n");
        UncheckedIOException e = assertThrows(UncheckedIOException.class, body::text);
        assertEquals(page + " changed while the site was being built; build it again", e.getCause().getMessage());
    }
}
