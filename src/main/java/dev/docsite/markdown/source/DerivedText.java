package dev.docsite.markdown.source;

import java.util.Arrays;

/**
 * A text assembled from pieces of source lines (for a nested parse), with the {@link LineMap} back to the source.
 *
 * @param text the assembled text, lines separated by {@code \n}
 * @param map  positions of {@code text} in the page source
 */
public record DerivedText(String text, LineMap map) {

    /** Collects lines; each starts at a known source line and column. */
    public static final class Builder {
        private final StringBuilder text = new StringBuilder();
        private int[] starts = new int[8];
        private int[] lines = new int[8];
        private int[] shifts = new int[8];
        private int count;
        private final String file;

        Builder(String file) {
            this.file = file;
        }

        /**
         * Appends one line (without its line break).
         *
         * @param line         the characters of the line
         * @param sourceLine   1-based source line of its first character
         * @param sourceColumn 1-based source column of its first character
         */
        public Builder line(CharSequence line, int sourceLine, int sourceColumn) {
            if (count == starts.length) {
                starts = Arrays.copyOf(starts, count * 2);
                lines = Arrays.copyOf(lines, count * 2);
                shifts = Arrays.copyOf(shifts, count * 2);
            }
            if (count > 0) {
                text.append('\n');
            }
            starts[count] = text.length();
            lines[count] = sourceLine;
            shifts[count] = sourceColumn - 1;
            count++;
            text.append(line);
            return this;
        }

        public boolean isEmpty() {
            return count == 0;
        }

        public DerivedText build() {
            if (count == 0) {
                line("", 1, 1);
            }
            return new DerivedText(text.toString(), LineMap.of(Arrays.copyOf(starts, count), Arrays.copyOf(lines, count),
                    Arrays.copyOf(shifts, count), file));
        }
    }
}
