package dev.docsite.markdown.nesting;

import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** The linear check accepts exactly the lines (from their first non-space character) flexmark's expression accepts. */
class LinearThematicBreakTest {

    /** flexmark 0.64's {@code ThematicBreakParser.PATTERN}. */
    private static final Pattern FLEXMARK = Pattern.compile("^(?:(?:\\*[ \t]*){3,}|(?:_[ \t]*){3,}|(?:-[ \t]*){3,})[ \t]*$");

    @Test
    void agreesWithFlexmarksExpressionOnEveryShortLine() {
        char[] alphabet = {'*', '-', '_', ' ', '\t', 'a', '+', '='};
        List<String> lines = new ArrayList<>();
        lines.add("");
        for (int length = 1; length <= 6; length++) {
            List<String> longer = new ArrayList<>();
            for (String line : lines) {
                if (line.length() == length - 1) {
                    for (char c : alphabet) {
                        longer.add(line + c);
                    }
                }
            }
            lines.addAll(longer);
        }
        int accepted = 0;
        for (String line : lines) {
            if (line.startsWith(" ") || line.startsWith("\t")) {
                continue; // flexmark matches from the first non-space character, as docsite does
            }
            boolean expected = FLEXMARK.matcher(line).matches();
            assertEquals(expected, LinearThematicBreak.isThematicBreak(line), "'" + line + "'");
            accepted += expected ? 1 : 0;
        }
        assertEquals(516, accepted);
    }

    @Test
    void acceptsALineOfAnyLength() {
        assertEquals(true, LinearThematicBreak.isThematicBreak("- ".repeat(100_000)));
        assertEquals(false, LinearThematicBreak.isThematicBreak("-".repeat(100_000) + "x"));
    }
}
