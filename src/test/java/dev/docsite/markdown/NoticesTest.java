package dev.docsite.markdown;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.docsite.markdown.Pages.ENGINE;
import static dev.docsite.markdown.Pages.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** Lenient renderings are reported so the pipeline can warn about them. */
class NoticesTest {

    private static List<String> codesAndPositions(String source) {
        return ENGINE.analysis(source).notices().stream().map(n -> n.code() + "@" + n.line() + ":" + n.column()).toList();
    }

    @Test
    void reportsUnknownComponentsInBlocksAndText() {
        assertEquals(List.of("unknown-component@1:1", "unknown-component@3:6"),
                codesAndPositions(lines("<BrowserWindow />", "", "Some <Badge color=\"red\">text</Badge>.")));
    }

    @Test
    void reportsUnknownAndUnclosedAdmonitions() {
        assertEquals(List.of("unknown-admonition@1:1", "unclosed-admonition@5:3"),
                codesAndPositions(lines(":::foo", "x", ":::", "", "  :::tip", "  never closed")));
    }

    @Test
    void reportsNothingForKnownSyntax() {
        assertTrue(ENGINE.analysis(lines(":::note", "x", ":::", "", "<Tabs>", "<TabItem value=\"a\">A</TabItem>", "</Tabs>"))
                .notices().isEmpty());
    }

    @Test
    void hasTheSameOutlineAsOutline() {
        String source = Pages.seed("role-based-guide-appsec-manager.md");
        assertEquals(ENGINE.outline(source), ENGINE.analysis(source).outline());
    }
}
