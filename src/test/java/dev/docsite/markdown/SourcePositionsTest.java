package dev.docsite.markdown;

import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.docsite.markdown.LinkRef.Kind.IMAGE;
import static dev.docsite.markdown.LinkRef.Kind.LINK;
import static dev.docsite.markdown.Pages.ENGINE;
import static dev.docsite.markdown.Pages.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

/** Markdown re-parsed out of JSX and mdx-code-blocks must still report positions of the original file. */
class SourcePositionsTest {

    @Test
    void countsLinesFromTheTopOfTheFileIncludingBlankedFrontmatter() {
        String source = lines("", "", "", "", "", "## Title", "", "[x](x.md)");
        PageOutline outline = ENGINE.outline(source);
        assertEquals(6, outline.headings().get(0).line());
        assertEquals(List.of(new LinkRef("x.md", LINK, 8, 1)), outline.links());
    }

    @Test
    void mapsDedentedJsxContentBackToTheSourceColumns() {
        String source = lines(
                "<Tabs>",
                "  <TabItem value=\"a\">",
                "      Deep [one](one.md) and :kpi[k1]",
                "      - item [two](two.md)",
                "  </TabItem>",
                "  <TabItem value=\"b\">Same line [three](three.md)</TabItem>",
                "</Tabs>");
        PageOutline outline = ENGINE.outline(source);
        assertEquals(List.of(new LinkRef("one.md", LINK, 3, 12), new LinkRef("two.md", LINK, 4, 14),
                new LinkRef("three.md", LINK, 6, 32)), outline.links());
        assertEquals(List.of(new KpiRef("k1", 3, 30)), outline.kpiRefs());
    }

    @Test
    void mapsHeadingsInsideJsxToTheirLines() {
        String source = lines("<Tabs>", "<TabItem value=\"a\">", "## Inside a tab", "</TabItem>", "</Tabs>", "", "## After");
        assertEquals(List.of(new Heading(2, "Inside a tab", "inside-a-tab", 3), new Heading(2, "After", "after", 7)),
                ENGINE.outline(source).headings());
    }

    @Test
    void mapsMdxCodeBlockContentToTheSourceLines() {
        String source = lines("- list", "", "  ```mdx-code-block", "  <Foo>", "  ![img](i.png)", "  </Foo>", "  ```");
        assertEquals(List.of(new LinkRef("i.png", IMAGE, 5, 3)), ENGINE.outline(source).links());
    }

    @Test
    void mapsRawHtmlInsideJsxChildren() {
        String source = lines("<Wrapper>", "   <a href=\"in.md\">in</a>", "</Wrapper>");
        assertEquals(List.of(new LinkRef("in.md", LINK, 2, 4)), ENGINE.outline(source).links());
    }

    @Test
    void handlesWindowsLineEndings() {
        String source = "# T\r\n\r\ntext [a](a.md)\r\n\r\n:::note\r\n[b](b.md)\r\n:::\r\n";
        assertEquals(List.of(new LinkRef("a.md", LINK, 3, 6), new LinkRef("b.md", LINK, 6, 1)), ENGINE.outline(source).links());
    }
}
