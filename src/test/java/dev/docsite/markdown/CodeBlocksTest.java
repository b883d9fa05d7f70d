package dev.docsite.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import static dev.docsite.markdown.Pages.ENGINE;
import static dev.docsite.markdown.Pages.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class CodeBlocksTest {

    private static Document html(String source) {
        return Jsoup.parseBodyFragment(Pages.render(source));
    }

    @Test
    void marksTheLanguageForClientSideHighlighting() {
        Element code = html(lines("```java", "class A {}", "```")).selectFirst("pre > code");
        assertEquals("language-java", code.className());
        assertEquals("class A {}\n", code.wholeText());
    }

    @Test
    void leavesCodeWithoutLanguageUnclassed() {
        assertEquals("", html(lines("```", "plain", "```")).selectFirst("pre > code").className());
    }

    @Test
    void escapesCodeContent() {
        String html = Pages.render(lines("```html", "<a href=\"x\">&</a>", "```"));
        assertEquals("<div class=\"code-block\"><pre tabindex=\"0\" aria-label=\"Code (html)\"><code class=\"language-html\">"
                + "&lt;a href=&quot;x&quot;&gt;&amp;&lt;/a&gt;\n</code></pre></div>\n", html);
    }

    @Test
    void showsATitleAboveTheCode() {
        Element block = html(lines("```js title=\"src/a.js\" {1,3}", "let a;", "```")).selectFirst("div.code-block");
        assertEquals("src/a.js", block.selectFirst("> div.code-title").text());
        assertEquals("language-js", block.selectFirst("> pre > code").className());
    }

    @Test
    void acceptsSingleQuotedAndUnquotedTitles() {
        assertEquals("a b.py", html(lines("```py title='a b.py'", "x", "```")).selectFirst(".code-title").text());
        assertEquals("x.sh", html(lines("```sh title=x.sh", "x", "```")).selectFirst(".code-title").text());
    }

    @Test
    void leavesLinksKpisAndAdmonitionsInCodeUntouched() {
        String source = lines("```md", "[link](a.md) :kpi[users] <a href=\"b.md\">b</a>", ":::tip", ":::", "```", "",
                "Inline `[x](c.md)` and `:kpi[users]` and `<img src=\"d.png\">`.");
        PageOutline outline = ENGINE.outline(source);
        assertTrue(outline.links().isEmpty());
        assertTrue(outline.kpiRefs().isEmpty());
        RecordingContext ctx = new RecordingContext();
        Document html = Jsoup.parseBodyFragment(ENGINE.render(source, ctx));
        assertTrue(ctx.rewritten.isEmpty());
        assertTrue(ctx.inlineKpis.isEmpty());
        assertNull(html.selectFirst("a, img, .admonition, .kpi"));
        assertEquals("[link](a.md) :kpi[users] <a href=\"b.md\">b</a>\n:::tip\n:::\n", html.selectFirst("pre code").wholeText());
    }

    @Test
    void treatsFourSpaceIndentedTextAsTextLikeMdx() {
        assertEquals("<p>not code</p>\n", Pages.render(lines("    not code")));
    }
}
