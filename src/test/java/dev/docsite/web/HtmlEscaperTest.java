package dev.docsite.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;

import org.junit.jupiter.api.Test;

class HtmlEscaperTest {

    @Test
    void escapesTheFourCharactersThatEndTextOrADoubleQuotedAttribute() {
        assertEquals("a &amp; b &lt;i&gt; &quot;q&quot; it's\u00a0ok",
                HtmlEscaper.escape("a & b <i> \"q\" it's\u00a0ok"));
    }

    @Test
    void returnsTextWithoutSpecialCharactersAsItIs() {
        String plain = "Risk score – 57 %";
        assertSame(plain, HtmlEscaper.escape(plain));
    }

    @Test
    void namesTheEntityOfEachCharacter() {
        assertEquals("&amp;", HtmlEscaper.entity('&'));
        assertEquals("&quot;", HtmlEscaper.entity('"'));
        assertNull(HtmlEscaper.entity('\''));
    }
}
