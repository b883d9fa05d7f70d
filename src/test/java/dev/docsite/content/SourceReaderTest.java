package dev.docsite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pages are read as strict UTF-8: ASCII, any other UTF-8, and what is refused with its line. */
class SourceReaderTest {

    @TempDir
    Path dir;

    private String read(byte[] bytes) throws Exception {
        Path file = dir.resolve("page.md");
        Files.write(file, bytes);
        return new SourceReader().read(file);
    }

    @Test
    void readsAsciiAsItIs() throws Exception {
        assertEquals("# Title\r\n\ttext ~ `code`\n", read("# Title\r\n\ttext ~ `code`\n".getBytes(StandardCharsets.US_ASCII)));
        assertEquals("", read(new byte[0]));
    }

    @Test
    void readsOtherUtf8() throws Exception {
        String text = "# Café — naïve ▲ 😀\n";
        assertEquals(text, read(text.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void refusesInvalidUtf8AtItsLine() {
        byte[] bytes = {'a', '\n', 'b', '\n', (byte) 0xC3, '(', '\n'};
        SourceReader.UnreadableSourceException e = assertThrows(SourceReader.UnreadableSourceException.class,
                () -> read(bytes));
        assertEquals("not valid UTF-8 (byte offset 4); re-save the file as UTF-8", e.getMessage());
        assertEquals(3, e.line());
    }

    @Test
    void refusesLatin1() {
        SourceReader.UnreadableSourceException e = assertThrows(SourceReader.UnreadableSourceException.class,
                () -> read("caf\u00e9\n".getBytes(StandardCharsets.ISO_8859_1)));
        assertEquals(1, e.line());
    }

    @Test
    void refusesBinaryFiles() throws IOException {
        SourceReader.UnreadableSourceException e = assertThrows(SourceReader.UnreadableSourceException.class,
                () -> read(new byte[] {'P', 'N', 'G', 0, 1}));
        assertEquals(0, e.line());
    }
}
