package dev.docsite.markdown.partial;

/** A partial that cannot be included: missing, unreadable, or outside the folders content may read. */
public final class PartialException extends Exception {

    public PartialException(String message) {
        super(message);
    }
}
