package dev.docsite.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import java.util.List;

import static dev.docsite.markdown.Pages.ENGINE;
import static dev.docsite.markdown.Pages.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class MdxTest {

    private static Document html(String source) {
        return Jsoup.parseBodyFragment(Pages.render(source));
    }

    @Test
    void dropsTopLevelImportsAndExports() {
        String html = Pages.render(lines(
                "import Tabs from '@theme/Tabs';",
                "import TabItem from '@theme/TabItem';",
                "import {",
                "  Foo,",
                "} from './foo';",
                "",
                "export const meta = {a: 1};",
                "",
                "Text."));
        assertEquals("<p>Text.</p>\n", html);
    }

    @Test
    void dropsAnExportWhoseFunctionBodyContainsBlankLines() {
        String html = Pages.render(lines(
                "export const Highlight = ({children, color}) => (",
                "  <span style={{backgroundColor: color}}>",
                "",
                "    {children}",
                "  </span>",
                ");",
                "",
                "After."));
        assertEquals("<p>After.</p>\n", html);
    }

    @Test
    void keepsImportsInCodeAndInProse() {
        Document html = html(lines("```js", "import React from 'react';", "```", "", "Import the data first."));
        assertEquals("import React from 'react';\n", html.selectFirst("code").wholeText());
        assertEquals("Import the data first.", html.selectFirst("p").text());
    }

    @Test
    void dropsMdxCommentsOnTheirOwnLinesAndInText() {
        Document html = html(lines("{/* a block", "", "comment */}", "", "Visible {/* hidden */} text.", "", "{/* one line */}"));
        assertEquals("Visible text.", html.text());
        assertEquals(1, html.select("p").size());
        assertFalse(html.body().html().contains("hidden"));
    }

    @Test
    void keepsMdxCommentSyntaxInsideCode() {
        Document html = html(lines("`{/* inline */}`", "", "```jsx", "{/* block */}", "```"));
        assertEquals("{/* inline */}", html.selectFirst("p code").text());
        assertEquals("{/* block */}\n", html.selectFirst("pre code").wholeText());
    }

    @Test
    void turnsStringExpressionsIntoText() {
        assertEquals("<p>a b and c</p>\n", Pages.render(lines("a{' '}b and{\" \"}c")));
    }

    @Test
    void convertsJsxAttributesToHtml() {
        Element div = html(lines("<div className=\"box\" style={{textAlign: 'center', marginTop: 10, lineHeight: 1.5, "
                + "padding: 0}} data-x={someVar} {...props}>", "text", "</div>")).selectFirst("div.box");
        assertEquals("text-align: center; margin-top: 10px; line-height: 1.5; padding: 0", div.attr("style"));
        assertFalse(div.hasAttr("data-x"));
        assertFalse(div.hasAttr("className"));
    }

    @Test
    void convertsHtmlForAndVendorPrefixedStyles() {
        Element label = html(lines("<label htmlFor=\"q\" style={{WebkitUserSelect: 'none', msFlex: 1}}>Q</label>"))
                .selectFirst("label");
        assertEquals("q", label.attr("for"));
        assertEquals("-webkit-user-select: none; -ms-flex: 1px", label.attr("style"));
    }

    @Test
    void resolvesRequireAndUseBaseUrlSourcesAndReportsThemAsImages() {
        String source = lines("<img src={require('./img/x.png').default} alt=\"x\" />", "",
                "Inline <img src={useBaseUrl('/img/logo.svg')} /> logo.");
        assertEquals(List.of(new LinkRef("./img/x.png", LinkRef.Kind.IMAGE, 1, 1),
                new LinkRef("/img/logo.svg", LinkRef.Kind.IMAGE, 3, 8)), ENGINE.outline(source).links());
        Document html = html(source);
        assertEquals("./img/x.png", html.select("img").get(0).attr("src"));
        assertEquals("/img/logo.svg", html.select("img").get(1).attr("src"));
    }

    @Test
    void useBaseUrlOfAPathWithoutLeadingSlashIsASitePathAsInDocusaurus() {
        String source = lines("<img src={useBaseUrl('img/usage/tabs.jpg')} />", "",
                "<img src={useBaseUrl('https://example.com/a.png')} />");
        assertEquals(List.of(new LinkRef("/img/usage/tabs.jpg", LinkRef.Kind.IMAGE, 1, 1),
                new LinkRef("https://example.com/a.png", LinkRef.Kind.IMAGE, 3, 1)), ENGINE.outline(source).links());
    }

    @Test
    void rendersOnlyTheChildrenOfUnknownComponents() {
        Document html = html(lines("<Highlight color=\"#25c2a0\">Docusaurus green</Highlight> and "
                + "<Highlight color=\"#1877F2\">Facebook blue</Highlight> are colors.", "", "<DocCardList />", "",
                "<BrowserWindow url=\"x\">", "", "Inside **window**.", "", "</BrowserWindow>"));
        assertEquals("Docusaurus green and Facebook blue are colors.", html.selectFirst("p").text());
        assertEquals("Inside window.", html.select("p").get(1).text());
        String raw = html.body().html();
        assertFalse(raw.contains("Highlight"));
        assertFalse(raw.contains("DocCardList"));
        assertFalse(raw.contains("BrowserWindow"));
    }

    @Test
    void rendersTheAdmonitionComponentLikeAnAdmonition() {
        Element div = html(lines("<Admonition type=\"warning\" title=\"Careful\">", "Body", "</Admonition>"))
                .selectFirst("div.admonition-warning");
        assertEquals("Careful", div.selectFirst("p.admonition-title").text());
        assertEquals("Body", div.select("p").get(1).text());
    }

    @Test
    void lowercaseDetailsKeepMarkdownInsideEvenWithoutABlankLineBeforeTheClosingTag() {
        Document html = html(lines("<details>", "<summary>More</summary>", "", "Hidden [d](d.md)", "</details>", "", "After"));
        Element details = html.selectFirst("details");
        assertEquals("d.md", details.selectFirst("p > a").attr("href"));
        assertEquals("After", html.body().children().last().text());
    }

    @Test
    void expandsMdxCodeBlocksAsMdx() {
        Document html = html(lines(
                "```mdx-code-block",
                "import Tabs from '@theme/Tabs';",
                "",
                "<Tabs>",
                "<TabItem value=\"npm\">",
                "```",
                "",
                "```bash",
                "npm install",
                "```",
                "",
                "```mdx-code-block",
                "</TabItem>",
                "</Tabs>",
                "```"));
        assertNotNull(html.selectFirst("div.tabs div[role=tabpanel] pre code.language-bash"));
        assertFalse(html.text().contains("import"));
        assertNull(html.selectFirst("code.language-mdx-code-block"));
    }

    @Test
    void leaksNoMdxSyntaxFromATypicalDocusaurusPage() {
        String html = Pages.render(lines(
                "import Tabs from '@theme/Tabs';",
                "import TabItem from '@theme/TabItem';",
                "",
                "# Install",
                "",
                "{/* TODO: screenshots */}",
                "",
                ":::tip[Before you start]",
                "",
                "<Tabs groupId=\"os\">",
                "  <TabItem value=\"mac\" label=\"macOS\" default>",
                "",
                "  Run `brew install x`.",
                "",
                "  </TabItem>",
                "  <TabItem value=\"win\" label=\"Windows\">",
                "",
                "  Run the <span style={{fontWeight: 'bold'}}>installer</span>.",
                "",
                "  </TabItem>",
                "</Tabs>",
                "",
                ":::",
                "",
                "<DocCardList />"));
        assertFalse(html.contains(":::"), html);
        assertFalse(html.contains("<Tabs"), html);
        assertFalse(html.contains("import"), html);
        assertFalse(html.contains("{{"), html);
        assertFalse(html.contains("TabItem"), html);
        Element span = Jsoup.parseBodyFragment(html).selectFirst("div[role=tabpanel] p > span");
        assertEquals("font-weight: bold", span.attr("style"));
        assertEquals("installer", span.text());
    }
}
