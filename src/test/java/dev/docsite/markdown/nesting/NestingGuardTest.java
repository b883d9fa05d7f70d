package dev.docsite.markdown.nesting;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.function.IntFunction;
import org.junit.jupiter.api.Test;

/**
 * The nesting estimate: a list nests one level per item whatever the width of its indentation, and a component tag
 * opens a level unless it closes itself, on one line or over several.
 */
class NestingGuardTest {

    private static String list(int levels, IntFunction<String> item) {
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < levels; i++) {
            source.append(item.apply(i)).append('\n');
        }
        return source.toString();
    }

    private static final NestingGuard.Excess LIST_AT_101 = new NestingGuard.Excess(101, "block quotes and lists");

    @Test
    void aListIndentedTwoThreeOrFourSpacesOrATabPerLevelStopsAtLevel101() {
        assertEquals(LIST_AT_101, NestingGuard.firstExcess(list(150, i -> "  ".repeat(i) + "- a" + i)));
        assertEquals(LIST_AT_101, NestingGuard.firstExcess(list(150, i -> "   ".repeat(i) + "1. a" + i)));
        assertEquals(LIST_AT_101, NestingGuard.firstExcess(list(150, i -> "    ".repeat(i) + "-   a" + i)));
        assertEquals(LIST_AT_101, NestingGuard.firstExcess(list(150, i -> "\t".repeat(i) + "- a" + i)));
        assertEquals(LIST_AT_101, NestingGuard.firstExcess(list(150, i -> "      ".repeat(i) + "10.   a" + i)));
    }

    @Test
    void aListOfAHundredLevelsIsWithinTheLimit() {
        assertNull(NestingGuard.firstExcess(list(100, i -> "   ".repeat(i) + "1. a" + i)));
        assertNull(NestingGuard.firstExcess(list(100, i -> "    ".repeat(i) + "- a" + i)));
    }

    @Test
    void siblingsAndListsThatEndDoNotAddUp() {
        assertNull(NestingGuard.firstExcess(list(5_000, i -> "- item " + i)));
        // 50 levels, back to the top, 50 levels again: never deeper than 50.
        assertNull(NestingGuard.firstExcess(list(100, i -> "   ".repeat(i % 50) + "1. a" + i)));
    }

    @Test
    void markersOnOneLineAndBlockQuotesStillCount() {
        assertEquals(new NestingGuard.Excess(1, "block quotes and lists"),
                NestingGuard.firstExcess("- ".repeat(101) + "x\n"));
        assertNull(NestingGuard.firstExcess("- ".repeat(100) + "x\n"));
        assertEquals(new NestingGuard.Excess(2, "block quotes and lists"),
                NestingGuard.firstExcess("x\n" + "> ".repeat(50) + "- ".repeat(51) + "x\n"));
    }

    @Test
    void listMarkersInsideFencedCodeNeitherCountNorCloseItems() {
        String deep = list(60, i -> "  ".repeat(i) + "- a" + i);
        String fence = "  ".repeat(60) + "```\n" + "- ".repeat(500) + "\n- x\n" + "  ".repeat(60) + "```\n";
        String deeper = list(60, i -> "  ".repeat(60 + i) + "- b" + i);
        assertEquals(new NestingGuard.Excess(60 + 4 + 41, "block quotes and lists"),
                NestingGuard.firstExcess(deep + fence + deeper));
    }

    private static final String COMPONENTS = "MDX components and admonitions";

    @Test
    void aSelfClosingTagOverSeveralLinesOpensNoLevel() {
        assertNull(NestingGuard.firstExcess("<Foo\n  a=\"b\"\n/>\n".repeat(150)));
        assertNull(NestingGuard.firstExcess("<Foo\n  a=\"x>y\"\n  b={{c: '>'}}\n  />\n".repeat(150)));
        assertNull(NestingGuard.firstExcess("<Foo a=\"x>y\" />\n".repeat(150)));
    }

    @Test
    void anOpeningTagOverSeveralLinesOpensALevel() {
        assertEquals(new NestingGuard.Excess(301, COMPONENTS),
                NestingGuard.firstExcess("<Foo\n  a=\"b\"\n>\n".repeat(150)));
    }

    @Test
    void aTagThatNeverEndsCannotHideTheTagsAfterIt() {
        // An unclosed quote must not make the following tags part of the first one's attributes.
        assertEquals(new NestingGuard.Excess(101, COMPONENTS),
                NestingGuard.firstExcess("<A '\n" + "<Foo>\n".repeat(150)));
        assertEquals(new NestingGuard.Excess(101, COMPONENTS),
                NestingGuard.firstExcess("<A {\n" + "<Foo>\n".repeat(150)));
        // A blank line ends the search: the tag counts as opening a level.
        assertEquals(new NestingGuard.Excess(201, COMPONENTS), NestingGuard.firstExcess("<Foo\n\n".repeat(150)));
    }
}
