package dev.docsite.markdown;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Shared engine and page helpers for the Markdown specifications. */
final class Pages {

    /** One engine for all specifications, as in production (it is shared by all threads). */
    static final MarkdownEngine ENGINE = new MarkdownEngine();

    private Pages() {
    }

    static String render(String source) {
        return ENGINE.render(source, new RecordingContext());
    }

    /** Lines joined with {@code \n}, so specifications can count lines. */
    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }

    /** A test resource with its frontmatter replaced by as many empty lines, as the pipeline does. */
    static String seed(String name) {
        try (InputStream in = Pages.class.getResourceAsStream("/markdown/" + name)) {
            String text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            String[] lines = text.split("\n", -1);
            if (lines[0].equals("---")) {
                for (int i = 1; i < lines.length; i++) {
                    boolean end = lines[i].equals("---");
                    lines[i] = "";
                    if (end) {
                        break;
                    }
                }
                lines[0] = "";
            }
            return String.join("\n", lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
