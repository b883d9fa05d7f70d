package dev.docsite.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.docsite.markdown.Pages.ENGINE;
import static dev.docsite.markdown.Pages.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

class TabsTest {

    /** The canonical Docusaurus example: content indented, no blank lines. */
    private static final String COMPACT = lines(
            "import Tabs from '@theme/Tabs';",
            "import TabItem from '@theme/TabItem';",
            "",
            "<Tabs groupId=\"fruit\" queryString=\"fruit\">",
            "  <TabItem value=\"apple\" label=\"Apple\">",
            "    This is an [apple](apple.md) 🍎",
            "  </TabItem>",
            "  <TabItem value=\"orange\" label=\"Orange\" default>",
            "    This is an orange 🍊",
            "  </TabItem>",
            "  <TabItem value=\"banana\">",
            "    This is a banana 🍌",
            "  </TabItem>",
            "</Tabs>");

    /** Markdown separated by blank lines, as MDX requires for block content. */
    private static final String SPACED = lines(
            "<Tabs>",
            "<TabItem value=\"js\" label=\"JavaScript\">",
            "",
            "```js",
            "const x = 1;",
            "```",
            "",
            "- see [the docs](docs.md)",
            "",
            "</TabItem>",
            "<TabItem value=\"py\" label=\"Python\">Content on the same line</TabItem>",
            "</Tabs>");

    private static Document html(String source) {
        return Jsoup.parseBodyFragment(Pages.render(source));
    }

    @Test
    void rendersAnAccessibleTabListWithOneButtonPerItem() {
        Element tabs = html(COMPACT).selectFirst("div.tabs");
        Elements buttons = tabs.select("> div[role=tablist] > button[role=tab]");
        assertEquals(List.of("Apple", "Orange", "banana"), buttons.eachText());
        assertEquals(List.of("apple", "orange", "banana"), buttons.eachAttr("data-tab-value"));
        assertEquals(List.of("false", "true", "false"), buttons.eachAttr("aria-selected"));
        for (Element button : buttons) {
            Element panel = tabs.selectFirst("#" + button.attr("aria-controls"));
            assertEquals("tabpanel", panel.attr("role"));
            assertEquals(button.id(), panel.attr("aria-labelledby"));
            assertEquals(button.attr("data-tab-value"), panel.attr("data-tab-value"));
        }
    }

    @Test
    void exposesGroupAndQueryStringForTheTheme() {
        Element tabs = html(COMPACT).selectFirst("div.tabs");
        assertEquals("fruit", tabs.attr("data-group-id"));
        assertEquals("fruit", tabs.attr("data-query-string"));
    }

    @Test
    void showsEveryPanelWithItsLabelCaptionWithoutJavaScript() {
        Elements panels = html(COMPACT).select("div.tabs > div[role=tabpanel]");
        assertEquals(3, panels.size());
        for (Element panel : panels) {
            assertFalse(panel.hasAttr("hidden"));
        }
        assertEquals(List.of("Apple", "Orange", "banana"), panels.select("> p.tab-label").eachText());
        assertEquals("This is an apple 🍎", panels.get(0).select("> p").get(1).text());
        assertEquals("true", panels.get(1).attr("data-default"));
    }

    @Test
    void selectsTheFirstTabWhenNoneIsDefault() {
        Elements buttons = html(SPACED).select("button[role=tab]");
        assertEquals(List.of("true", "false"), buttons.eachAttr("aria-selected"));
    }

    @Test
    void rendersMarkdownSeparatedByBlankLinesAndContentOnTheTagLine() {
        Elements panels = html(SPACED).select("div[role=tabpanel]");
        assertNotNull(panels.get(0).selectFirst("pre > code.language-js"));
        assertEquals("docs.md", panels.get(0).selectFirst("ul > li > a").attr("href"));
        assertEquals("Content on the same line", panels.get(1).select("> p").get(1).text());
    }

    @Test
    void rendersIndentedFencesInsideTabItemsAsCode() {
        Document html = html(lines("<Tabs>", "  <TabItem value=\"a\">", "", "    ```bash", "    npm i", "    ```", "",
                "  </TabItem>", "</Tabs>"));
        assertEquals("npm i\n", html.selectFirst("div[role=tabpanel] pre > code.language-bash").wholeText());
    }

    @Test
    void reportsLinksInsideTabsAtTheirSourcePositions() {
        assertEquals(List.of(new LinkRef("apple.md", LinkRef.Kind.LINK, 6, 16)), ENGINE.outline(COMPACT).links());
        assertEquals(List.of(new LinkRef("docs.md", LinkRef.Kind.LINK, 8, 7)), ENGINE.outline(SPACED).links());
    }

    @Test
    void usesLegacyValuesPropForLabels() {
        Elements buttons = html(lines("<Tabs defaultValue=\"b\" values={[{label: 'Alpha', value: 'a'}, {label: 'Beta', value: 'b'}]}>",
                "<TabItem value=\"a\">A</TabItem>", "<TabItem value=\"b\">B</TabItem>", "</Tabs>")).select("button[role=tab]");
        assertEquals(List.of("Alpha", "Beta"), buttons.eachText());
        assertEquals(List.of("false", "true"), buttons.eachAttr("aria-selected"));
    }

    @Test
    void givesEachTabGroupOnAPageItsOwnIds() {
        Document html = html(COMPACT + "\n" + SPACED);
        Elements groups = html.select("div.tabs");
        assertEquals(2, groups.size());
        assertEquals(html.select("[id]").size(), html.select("[id]").eachAttr("id").stream().distinct().count());
    }

    @Test
    void worksInsideAnAdmonition() {
        Document html = html(lines(":::note", "", "<Tabs>", "<TabItem value=\"a\">", "", "Inside", "", "</TabItem>", "</Tabs>",
                "", ":::"));
        assertEquals("Inside", html.selectFirst("div.admonition-note div.tabs div[role=tabpanel] > p:not(.tab-label)").text());
    }
}
