package dev.docsite.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class TextWriterTest {

    @Test
    void keepsEverythingWrittenInOrderWhateverTheCall() {
        TextWriter out = new TextWriter(4);
        out.write('<');
        out.write("a href=");
        out.write("xx\"../\"yy", 2, 5);
        out.write(new char[] {'-', '>', '-'}, 1, 1);
        out.append("Risk & score").append("..:", 2, 3).append(' ');
        out.append('\u00e9');

        assertEquals("<a href=\"../\">Risk & score: \u00e9", out.toString());
    }
}
