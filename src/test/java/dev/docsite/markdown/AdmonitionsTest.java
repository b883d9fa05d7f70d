package dev.docsite.markdown;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.util.List;

import static dev.docsite.markdown.Pages.ENGINE;
import static dev.docsite.markdown.Pages.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

class AdmonitionsTest {

    private static Document html(String source) {
        return Jsoup.parseBodyFragment(Pages.render(source));
    }

    @ParameterizedTest
    @ValueSource(strings = {"note", "tip", "info", "caution", "warning", "danger", "important", "success", "secondary"})
    void rendersEachDocusaurusTypeWithACapitalisedDefaultTitle(String type) {
        Element div = html(lines(":::" + type, "Body text.", ":::")).selectFirst("div.admonition");
        assertEquals("admonition admonition-" + type, div.className());
        assertEquals(Character.toUpperCase(type.charAt(0)) + type.substring(1), div.selectFirst("p.admonition-title").text());
        assertEquals("Body text.", div.select("> p").get(1).text());
    }

    @Test
    void acceptsTheTitleInBracketsWithInlineMarkdown() {
        Element title = html(lines(":::tip[Pro **tip**]", "x", ":::")).selectFirst("p.admonition-title");
        assertEquals("Pro tip", title.text());
        assertEquals("tip", title.selectFirst("strong").text());
    }

    @Test
    void acceptsTheLegacyTitleAfterASpace() {
        assertEquals("Pro tip", html(lines(":::tip Pro tip", "x", ":::")).selectFirst("p.admonition-title").text());
    }

    @Test
    void rendersFullMarkdownContent() {
        Element div = html(lines(":::info", "- one", "- [two](two.md)", "", "```js", "let a = 1;", "```", ":::"))
                .selectFirst("div.admonition-info");
        assertEquals(2, div.select("ul > li").size());
        assertEquals("two.md", div.selectFirst("a").attr("href"));
        assertEquals("language-js", div.selectFirst("pre > code").className());
    }

    @Test
    void reportsAndRewritesLinksInsideAdmonitionsIncludingTheirTitle() {
        String source = lines(":::note[See [title](t.md)]", "Read [the guide](../guide.md).", ":::");
        assertEquals(List.of(new LinkRef("t.md", LinkRef.Kind.LINK, 1, 13), new LinkRef("../guide.md", LinkRef.Kind.LINK, 2, 6)),
                ENGINE.outline(source).links());
        RecordingContext ctx = new RecordingContext().rewriting("../guide.md", "../guide/");
        Document html = Jsoup.parseBodyFragment(ENGINE.render(source, ctx));
        assertEquals("../guide/", html.select("div.admonition > p a").last().attr("href"));
    }

    @Test
    void nestsAdmonitionsWithLongerOuterFences() {
        Document html = html(lines("::::note Outer", ":::tip", "inner", ":::", "still outer", "::::", "after"));
        Element outer = html.selectFirst("div.admonition-note");
        assertEquals("inner", outer.selectFirst("div.admonition-tip > p:not(.admonition-title)").text());
        assertEquals("still outer", outer.select("> p").last().text());
        assertEquals("after", html.body().children().last().text());
    }

    @Test
    void closesTheInnermostAdmonitionFirstWhenFencesHaveTheSameLength() {
        Document html = html(lines(":::note", ":::tip", "inner", ":::", "outer", ":::", "after"));
        Element outer = html.selectFirst("body > div.admonition-note");
        assertNotNull(outer.selectFirst("> div.admonition-tip"));
        assertEquals("outer", outer.select("> p").last().text());
        assertEquals("after", html.body().children().last().text());
    }

    @Test
    void worksIndentedInsideListItems() {
        Document html = html(lines("1. Step one", "", "   :::warning", "   Careful [here](h.md).", "   :::", "", "2. Step two"));
        assertNotNull(html.selectFirst("ol > li > div.admonition-warning"));
        assertEquals(2, html.select("ol > li").size());
        assertEquals(List.of(new LinkRef("h.md", LinkRef.Kind.LINK, 4, 12)), ENGINE.outline(
                lines("1. Step one", "", "   :::warning", "   Careful [here](h.md).", "   :::", "", "2. Step two")).links());
    }

    @Test
    void worksInsideBlockQuotes() {
        assertNotNull(html(lines("> :::note", "> quoted", "> :::")).selectFirst("blockquote > div.admonition-note"));
    }

    @Test
    void isNeverRecognisedInsideFencedCode() {
        Document html = html(lines("```md", ":::tip", "not an admonition", ":::", "```"));
        assertNull(html.selectFirst("div.admonition"));
        assertEquals(":::tip\nnot an admonition\n:::\n", html.selectFirst("pre code").wholeText());
    }

    @Test
    void keepsColonsInAFencedCodeBlockInsideAnAdmonition() {
        Element div = html(lines(":::tip", "```text", ":::", "```", "after code", ":::")).selectFirst("div.admonition-tip");
        assertEquals(":::\n", div.selectFirst("pre code").wholeText());
        assertEquals("after code", div.select("> p").last().text());
    }

    @Test
    void closesAnUnclosedAdmonitionAtTheEndOfTheFile() {
        Document html = html(lines("before", "", ":::danger", "never closed", "", "## Heading inside"));
        Element div = html.selectFirst("div.admonition-danger");
        assertEquals("never closed", div.select("> p").get(1).text());
        assertNotNull(div.selectFirst("h2"));
        assertFalse(html.text().contains(":::"));
    }

    @Test
    void rendersUnknownTypesAsGenericAdmonitionsWithoutLeakingColons() {
        Document html = html(lines(":::foo", "unknown", ":::"));
        assertEquals("admonition admonition-foo", html.selectFirst("div.admonition").className());
        assertEquals("Foo", html.selectFirst("p.admonition-title").text());
        assertFalse(html.text().contains(":::"));
    }

    @Test
    void dropsAStrayClosingFence() {
        Document html = html(lines("text", "", ":::", "", "more"));
        assertFalse(html.text().contains(":::"));
        assertEquals("text more", html.text());
    }

    @Test
    void canInterruptAParagraph() {
        Elements divs = html(lines("Some text", ":::note", "inside", ":::")).select("div.admonition-note");
        assertEquals(1, divs.size());
        assertEquals(lines("<p>Some text</p>", "<div class=\"admonition admonition-note\">", "<p class=\"admonition-title\">Note</p>",
                "<p>inside</p>", "</div>"), Pages.render(lines("Some text", ":::note", "inside", ":::")));
    }
}
