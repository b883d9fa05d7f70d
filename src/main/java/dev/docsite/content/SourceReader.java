package dev.docsite.content;

import dev.docsite.problem.IoReason;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Reads a page as strict UTF-8, refusing binary files and invalid encodings with a located reason. */
public final class SourceReader {

    /** Why a file could not be read as text. {@code line} is 1-based, 0 when not applicable. */
    public static final class UnreadableSourceException extends Exception {
        private static final long serialVersionUID = 1L;
        private final int line;

        UnreadableSourceException(String message, int line) {
            super(message);
            this.line = line;
        }

        public int line() {
            return line;
        }
    }

    private static final int BINARY_SNIFF = 8000;

    public String read(Path file) throws UnreadableSourceException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UnreadableSourceException("cannot read file: " + IoReason.of(e) + "; check that it exists and is readable", 0);
        }
        int sniff = Math.min(bytes.length, BINARY_SNIFF);
        for (int i = 0; i < sniff; i++) {
            if (bytes[i] == 0) {
                throw new UnreadableSourceException("binary file with a Markdown name; rename it or move it out of the"
                        + " content folder (static files belong in the static folder)", 0);
            }
        }
        if (isAscii(bytes)) {
            // ASCII is valid UTF-8 as it is: the string is made from the bytes in one copy, where the decoder makes
            // a UTF-16 buffer twice the file's size and compacts it again.
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer buffer = ByteBuffer.wrap(bytes);
        try {
            return decoder.decode(buffer).toString();
        } catch (CharacterCodingException e) {
            int bad = buffer.position();
            int line = 1;
            for (int i = 0; i < bad && i < bytes.length; i++) {
                if (bytes[i] == '\n') {
                    line++;
                }
            }
            throw new UnreadableSourceException("not valid UTF-8 (byte offset " + bad
                    + "); re-save the file as UTF-8", line);
        }
    }

    private static boolean isAscii(byte[] bytes) {
        for (byte b : bytes) {
            if (b < 0) {
                return false;
            }
        }
        return true;
    }
}
