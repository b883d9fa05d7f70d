package dev.docsite.content;

import dev.docsite.frontmatter.FrontMatterParser;
import dev.docsite.markdown.DeflatedText;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The Markdown a page is parsed from again when it is rendered without a kept body template: its file's text with
 * the frontmatter blanked (line numbers preserved). Either kept in memory, deflated ({@link Kept}), or, for a page the
 * build cache gave without reading its file, read from the file when it is needed ({@link Reread}).
 */
public sealed interface PageBody permits PageBody.Kept, PageBody.Reread {

    /** The text. */
    String text();

    /** {@code text}, kept deflated. */
    static PageBody kept(String text) {
        return new Kept(DeflatedText.of(text));
    }

    /** A body held in memory. */
    record Kept(DeflatedText deflated) implements PageBody {
        @Override
        public String text() {
            return deflated.text();
        }
    }

    /**
     * A body read from {@code file} when it is needed; {@code sha256} (hexadecimal) is the digest of the bytes the
     * page's other data were made from, so a file changed since is an error, never a page made of two texts.
     */
    record Reread(Path file, String sha256) implements PageBody {
        @Override
        public String text() {
            String text;
            try {
                text = new SourceReader().read(file);
            } catch (SourceReader.UnreadableSourceException e) {
                throw new UncheckedIOException(new IOException(file + ": " + e.getMessage()));
            }
            if (!sha256.equals(sha256Of(text))) {
                throw new UncheckedIOException(new IOException(file + " changed while the site was being built;"
                        + " build it again"));
            }
            return new FrontMatterParser().bodyOf(text);
        }
    }

    /**
     * The SHA-256 (hexadecimal) of the file a page's text was read from: strict UTF-8 text encodes back to the bytes
     * it was decoded from.
     */
    static String sha256Of(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
