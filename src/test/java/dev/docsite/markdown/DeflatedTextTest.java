package dev.docsite.markdown;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Text kept deflated gives back exactly the text it was made from, and compares by its text. */
class DeflatedTextTest {

    private static final String PROSE = "Findings past their SLA are escalated to the owner's manager. ".repeat(40);

    @Test
    void givesBackEveryKindOfText() {
        String wide = "Ünïcödé – “quotes”, 漢字 and 😀 emoji; ".repeat(30);
        for (String text : List.of("", "short", "x".repeat(DeflatedText.SMALLEST - 1), PROSE, wide,
                "\u0001\n\t\u0000 control\uE000".repeat(100))) {
            assertEquals(text, DeflatedText.of(text).text());
        }
    }

    @Test
    void emptyTextIsTheOneEmptyValue() {
        assertSame(DeflatedText.EMPTY, DeflatedText.of(""));
        assertEquals("", DeflatedText.EMPTY.text());
    }

    @Test
    void equalTextsAreEqualAndOthersAreNot() {
        assertEquals(DeflatedText.of(PROSE), DeflatedText.of(PROSE));
        assertEquals(DeflatedText.of(PROSE).hashCode(), DeflatedText.of(PROSE).hashCode());
        assertEquals(DeflatedText.of("short"), DeflatedText.of("short"));
        assertNotEquals(DeflatedText.of(PROSE), DeflatedText.of(PROSE + "."));
        assertNotEquals(DeflatedText.of("short"), DeflatedText.of("shorT"));
    }

    /** Long prose is held in a fraction of its length (this is why it is deflated). */
    @Test
    void longProseTakesLessRoom() {
        assertEquals(List.of(2480, true), List.of(PROSE.length(), DeflatedText.of(PROSE).deflatedSize() < 200));
    }
}
