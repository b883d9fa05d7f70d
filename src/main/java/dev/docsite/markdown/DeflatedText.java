package dev.docsite.markdown;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.zip.DataFormatException;
import java.util.zip.Deflater;
import java.util.zip.Inflater;

/**
 * Text kept deflated between loading and its late use: a page's plain text (read by the search index after every
 * page is rendered) and the Markdown of a page whose body template was not kept (parsed again when it is rendered).
 * Held as strings, these two were about half of what a build keeps per page before rendering (about 7 KB of the
 * 14 KB of the corpus), which left 100,000 pages no room in a 2 GB heap; deflated they take a third of that.
 * Short text is kept as it is: there deflating saves less than it costs. Immutable and thread-safe; equal texts are
 * equal objects.
 */
public final class DeflatedText {

    /** The empty text. */
    public static final DeflatedText EMPTY = new DeflatedText("", null, 0);

    /** Below this many characters a text is kept as a string (zlib's header and Huffman tables would eat the gain). */
    static final int SMALLEST = 256;

    private static final ThreadLocal<Deflater> DEFLATERS =
            ThreadLocal.withInitial(() -> new Deflater(Deflater.BEST_SPEED));
    private static final ThreadLocal<Inflater> INFLATERS = ThreadLocal.withInitial(Inflater::new);
    private static final ThreadLocal<byte[]> SCRATCH = ThreadLocal.withInitial(() -> new byte[8 * 1024]);

    private final String plain;
    private final byte[] deflated;
    private final int utf8Length;

    private DeflatedText(String plain, byte[] deflated, int utf8Length) {
        this.plain = plain;
        this.deflated = deflated;
        this.utf8Length = utf8Length;
    }

    /** {@code text}, deflated when it is long enough to gain from it. */
    public static DeflatedText of(String text) {
        if (text.isEmpty()) {
            return EMPTY;
        }
        if (text.length() < SMALLEST) {
            return new DeflatedText(text, null, 0);
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        Deflater deflater = DEFLATERS.get();
        deflater.reset();
        deflater.setInput(utf8);
        deflater.finish();
        byte[] out = SCRATCH.get();
        if (out.length < utf8.length + 64) {
            out = new byte[utf8.length + utf8.length / 8 + 64]; // zlib's bound is the input plus 0.1% and a header
            SCRATCH.set(out);
        }
        int n = 0;
        while (!deflater.finished()) {
            if (n == out.length) {
                out = Arrays.copyOf(out, 2 * out.length);
                SCRATCH.set(out);
            }
            n += deflater.deflate(out, n, out.length - n);
        }
        return new DeflatedText(null, Arrays.copyOf(out, n), utf8.length);
    }

    /** The text. */
    public String text() {
        if (deflated == null) {
            return plain;
        }
        Inflater inflater = INFLATERS.get();
        inflater.reset();
        inflater.setInput(deflated);
        byte[] utf8 = new byte[utf8Length];
        try {
            int n = 0;
            while (n < utf8Length && !inflater.finished()) {
                n += inflater.inflate(utf8, n, utf8Length - n);
            }
        } catch (DataFormatException e) {
            throw new IllegalStateException("text deflated by this class does not inflate", e); // a bug, not input
        }
        return new String(utf8, StandardCharsets.UTF_8);
    }

    /**
     * Writes the text as it is held (deflated or not), for {@link #readFrom}: the build cache keeps every page's
     * plain text, and deflating 10,000 texts again on every build cost more than reading the rest of the cache.
     */
    public void writeTo(java.io.DataOutput out) throws java.io.IOException {
        byte[] bytes = deflated != null ? deflated : plain.getBytes(StandardCharsets.UTF_8);
        out.writeInt(deflated != null ? utf8Length : -1);
        out.writeInt(bytes.length);
        out.write(bytes);
    }

    /** The text {@link #writeTo} wrote; an {@link java.io.IOException} when the bytes are not such a text. */
    public static DeflatedText readFrom(java.io.DataInput in) throws java.io.IOException {
        int utf8Length = in.readInt();
        int n = in.readInt();
        if (utf8Length < -1 || n < 0 || n > 64 << 20 || utf8Length > 256 << 20) {
            throw new java.io.IOException("damaged text (lengths " + utf8Length + ", " + n + ")");
        }
        byte[] bytes = new byte[n];
        in.readFully(bytes);
        if (utf8Length == -1) {
            return n == 0 ? EMPTY : new DeflatedText(new String(bytes, StandardCharsets.UTF_8), null, 0);
        }
        return new DeflatedText(null, bytes, utf8Length);
    }

    /** Bytes held for the text: its deflated size, or its length when it is kept as it is. */
    public int deflatedSize() {
        return deflated == null ? plain.length() : deflated.length;
    }

    @Override
    public boolean equals(Object o) {
        // Deflating is deterministic, so equal texts have equal bytes (and a short text is never deflated).
        return o instanceof DeflatedText t && utf8Length == t.utf8Length && Arrays.equals(deflated, t.deflated)
                && (plain == null ? t.plain == null : plain.equals(t.plain));
    }

    @Override
    public int hashCode() {
        return deflated == null ? plain.hashCode() : Arrays.hashCode(deflated);
    }

    @Override
    public String toString() {
        return text();
    }
}
