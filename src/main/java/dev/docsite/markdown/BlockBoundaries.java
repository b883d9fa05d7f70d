package dev.docsite.markdown;

import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Node;
import dev.docsite.markdown.html.HtmlOut;
import dev.docsite.problem.ProblemCode;
import java.util.Arrays;

/**
 * Where a body template may be cut so that each part is the HTML (and the slots) the source between the cuts would
 * give if it were parsed on its own: between two top-level blocks of the page's own text, where the output starts a
 * fresh line. A blog list shows each post's summary, the text up to its truncation marker: cutting the post's body
 * there costs nothing, where parsing the summary again was a tenth of a blog's build.
 * <p>
 * A source offset is at a boundary when it lies in the blank text that follows a top-level block (or starts the
 * page) and goes no further than the next block. None is kept for a page whose blocks depend on text elsewhere in
 * it (link reference definitions, footnotes, {@code import}/{@code export} statements, text kept as text by the nesting
 * guard): its parts would render differently alone. Nor beside blocks that were not parsed from the page's own text
 * (JSX components, partials), whose extent in the source is not known. Immutable.
 */
final class BlockBoundaries {

    static final BlockBoundaries NONE = new BlockBoundaries(new int[0]);

    /** Per boundary, four numbers: first and last source offset it covers, HTML offset, number of slots before. */
    private static final int FIELDS = 4;

    private final int[] points;

    private BlockBoundaries(int[] points) {
        this.points = points;
    }

    /** The index of the boundary holding source offset {@code offset}, or -1 when it falls in or beside a block. */
    int at(int offset) {
        for (int i = 0; i < points.length; i += FIELDS) {
            if (points[i] <= offset && offset <= points[i + 1]) {
                return i / FIELDS;
            }
        }
        return -1;
    }

    /** Where boundary {@code index} is in the HTML. */
    int html(int index) {
        return points[index * FIELDS + 2];
    }

    /** The number of slots written before boundary {@code index}. */
    int slots(int index) {
        return points[index * FIELDS + 3];
    }

    /** Approximate heap held, in bytes. */
    long footprint() {
        return points.length == 0 ? 0 : 16L + 4L * points.length;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof BlockBoundaries b && Arrays.equals(b.points, points);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(points);
    }

    /** Notes the boundaries while the top-level blocks of one page are written. */
    static final class Recorder {

        private final PageModel model;
        private final String source;
        private final Object base;
        private int[] points = new int[FIELDS * 16];
        private int size;
        /** Where the block written last ends in the source, or -1 when it was not parsed from the page's text. */
        private int previousEnd;

        /**
         * A recorder for {@code model}'s page, or {@code null} when its parts would not render alone as they do in
         * the page.
         */
        static Recorder of(PageModel model, String source) {
            boolean nested = model.notices.stream().anyMatch(n -> n.code() == ProblemCode.NESTING);
            if (nested || model.hasEsm || !Parser.REFERENCES.get(model.document()).isEmpty()
                    || model.footnotes != dev.docsite.markdown.footnote.FootnoteNumbers.NONE) {
                return null;
            }
            return new Recorder(model, source);
        }

        private Recorder(PageModel model, String source) {
            this.model = model;
            this.source = source;
            this.base = model.document().getChars().getBase();
        }

        /** Called before the top-level block {@code node} is written to {@code out} after {@code slots} slots. */
        void before(Node node, HtmlOut out, int slots) {
            int start = own(node) ? node.getStartOffset() : -1;
            if (previousEnd >= 0 && start >= 0) {
                add(previousEnd, Math.min(start, blankEnd(previousEnd)), out, slots);
            }
            previousEnd = start >= 0 ? node.getEndOffset() : -1;
        }

        /** Called when every block is written, before the output is finished. */
        BlockBoundaries end(HtmlOut out, int slots) {
            if (previousEnd >= 0) {
                add(previousEnd, blankEnd(previousEnd), out, slots);
            }
            return new BlockBoundaries(Arrays.copyOf(points, size));
        }

        private void add(int from, int to, HtmlOut out, int slots) {
            if (!out.atFreshLine()) {
                return;
            }
            if (size == points.length) {
                points = Arrays.copyOf(points, size * 2);
            }
            points[size++] = from;
            points[size++] = to;
            points[size++] = out.length();
            points[size++] = slots;
        }

        /** Whether {@code node} was parsed from the page's own text, so that its offsets are the source's. */
        private boolean own(Node node) {
            return model.originOf(node, model.rootOrigin()) == model.rootOrigin() && node.getChars().isNotNull()
                    && node.getChars().getBase() == base;
        }

        /** The end of the run of whitespace starting at {@code from}. */
        private int blankEnd(int from) {
            int i = from;
            while (i < source.length() && Character.isWhitespace(source.charAt(i))) {
                i++;
            }
            return i;
        }
    }
}
