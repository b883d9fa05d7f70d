package dev.docsite.serve;

/**
 * A file of the built site held in memory.
 *
 * @param bytes       content
 * @param contentType media type with charset for text
 */
public record ServedFile(byte[] bytes, String contentType) {

    public static ServedFile of(String sitePath, byte[] bytes) {
        return new ServedFile(bytes, ContentTypes.of(sitePath));
    }
}
