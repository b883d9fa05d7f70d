package dev.docsite.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProseTest {

    @Test
    void wrapsAtAboutHundredCharactersWithoutBreakingLinksOrCodeSpans() {
        String link = "[Break-glass accounts runbook](../section-01-identity/page-0002.md#who-approves)".replace(' ', Prose.KEEP);
        String text = ("word ".repeat(18) + link + " and " + Prose.code("trivy image --severity HIGH app:latest") + " ").repeat(3).strip();

        List<String> lines = Prose.wrap(text);

        assertTrue(lines.size() > 3, lines.toString());
        String joined = String.join("\n", lines);
        assertEquals(3, joined.split("\\[Break-glass accounts runbook]\\(\\.\\./section-01-identity/page-0002\\.md#who-approves\\)", -1).length - 1);
        assertEquals(3, joined.split("`trivy image --severity HIGH app:latest`", -1).length - 1);
        assertTrue(lines.stream().noneMatch(l -> l.indexOf(Prose.KEEP) >= 0));
    }

    @Test
    void neverStartsAContinuationLineWithAListQuoteHeadingOrTableMarker() {
        String text = "x".repeat(99) + " 1. and " + "y".repeat(99) + " - then " + "z".repeat(99) + " # and "
                + "w".repeat(99) + " > and " + "v".repeat(99) + " | end";

        List<String> lines = Prose.wrap(text);

        for (String line : lines.subList(1, lines.size())) {
            assertTrue(!line.matches("(\\d+[.)]|[-+>#|]).*"), "line starts with a block marker: " + line);
        }
    }

    @Test
    void keepsAcronymsCapitalisedWhenLowerCasingTheFirstLetter() {
        assertEquals("MFA enrollment", Prose.lowerFirst("MFA enrollment"));
        assertEquals("risk register", Prose.lowerFirst("Risk register"));
    }
}
