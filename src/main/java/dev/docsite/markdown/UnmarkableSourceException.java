package dev.docsite.markdown;

/**
 * A page holds every character docsite could mark a slot of its body with (a few control characters and the whole
 * private-use area U+E000–U+F8FF), so its body cannot be prepared. The page's error, never an internal one.
 */
public final class UnmarkableSourceException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    UnmarkableSourceException() {
        super("the page contains every character docsite can mark a link or widget with (control characters and the"
                + " private-use area U+E000–U+F8FF); remove the private-use characters it does not need");
    }
}
