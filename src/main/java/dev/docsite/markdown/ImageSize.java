package dev.docsite.markdown;

/**
 * The size a local image is drawn at, written as the {@code width} and {@code height} of its {@code <img>} so that
 * the browser keeps its room before it loads (no layout shift).
 *
 * @param width  in CSS pixels, at least 1
 * @param height in CSS pixels, at least 1
 */
public record ImageSize(int width, int height) {

    public ImageSize {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("an image size is at least 1×1: " + width + "×" + height);
        }
    }

    /** {@code width="…" height="…"} with a leading space. */
    String attributes() {
        return " width=\"" + width + "\" height=\"" + height + "\"";
    }
}
