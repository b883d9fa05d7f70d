package dev.docsite.links;

import dev.docsite.markdown.ImageSize;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * The sizes of the site's images, read from their headers (PNG, JPEG, GIF, BMP through the JDK's {@link ImageIO}; the
 * {@code width} and {@code height} of an SVG's root element), so that pages can give each {@code <img>} its size.
 * An image is read once per size and modification time of its file, however many pages show it, and again when it
 * changes (the preview server). An image whose size cannot be read gets none: the page is right, only less stable
 * while it loads.
 */
public final class ImageSizes {

    /** Enough of an SVG file to hold its root element's start tag. */
    private static final int SVG_HEAD = 16 * 1024;
    private static final Pattern SVG_TAG = Pattern.compile("<svg\\b([^>]*)>", Pattern.CASE_INSENSITIVE);
    /** A length in pixels: a number, with {@code px} or without a unit (other units depend on the page). */
    private static final String PIXELS = "\\s*([0-9]+(?:\\.[0-9]+)?)\\s*(?:px)?\\s*";

    private record Key(Path file, long size, long modified) {
    }

    private static final Map<Key, Object> CACHE = new ConcurrentHashMap<>();
    private static final Object UNKNOWN = new Object();

    private ImageSizes() {
    }

    /** The size of the image in {@code file}, or {@code null} when it is no image docsite can measure. */
    public static ImageSize of(Path file) {
        Key key;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            key = new Key(file, attributes.size(), attributes.lastModifiedTime().toMillis());
        } catch (IOException e) {
            return null;
        }
        Object size = CACHE.computeIfAbsent(key, k -> {
            ImageSize read = read(k.file());
            return read == null ? UNKNOWN : read;
        });
        return size instanceof ImageSize s ? s : null;
    }

    private static ImageSize read(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            return name.endsWith(".svg") ? svg(file) : raster(file);
        } catch (IOException | RuntimeException e) {
            return null; // unreadable or not an image: the link check has judged the file already
        }
    }

    private static ImageSize raster(Path file) throws IOException {
        try (ImageInputStream in = ImageIO.createImageInputStream(file.toFile())) {
            if (in == null) {
                return null;
            }
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return null;
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in, true, true);
                return sized(reader.getWidth(0), reader.getHeight(0));
            } finally {
                reader.dispose();
            }
        }
    }

    /** The root element's {@code width} and {@code height} when both are in pixels; without them, none. */
    static ImageSize svg(Path file) throws IOException {
        byte[] head;
        try (InputStream in = Files.newInputStream(file)) {
            head = in.readNBytes(SVG_HEAD);
        }
        return svgSize(new String(head, StandardCharsets.UTF_8));
    }

    static ImageSize svgSize(String text) {
        Matcher tag = SVG_TAG.matcher(text);
        if (!tag.find()) {
            return null;
        }
        String attributes = tag.group(1);
        Double width = pixels(attributes, "width");
        Double height = pixels(attributes, "height");
        // Without both, the browser sizes the image from the page (a viewBox alone gives only its proportions).
        return width == null || height == null ? null
                : sized((int) Math.round(width), (int) Math.round(height));
    }

    private static Double pixels(String attributes, String name) {
        Matcher m = Pattern.compile("(?:^|\\s)" + name + "\\s*=\\s*([\"'])" + PIXELS + "\\1").matcher(attributes);
        return m.find() ? Double.valueOf(m.group(2)) : null;
    }

    private static ImageSize sized(int width, int height) {
        return width >= 1 && height >= 1 ? new ImageSize(width, height) : null;
    }
}
