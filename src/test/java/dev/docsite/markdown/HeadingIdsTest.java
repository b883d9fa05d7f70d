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
import static org.junit.jupiter.api.Assertions.assertNull;

class HeadingIdsTest {

    @Test
    void outlinesHeadingsWithSlugIdsLevelsAndLines() {
        PageOutline outline = ENGINE.outline(lines("# Guide", "", "## Defect tracker integration", "", "### C++ & Java"));
        assertEquals(List.of(new Heading(1, "Guide", "guide", 1),
                new Heading(2, "Defect tracker integration", "defect-tracker-integration", 3),
                new Heading(3, "C++ & Java", "c--java", 5)), outline.headings());
        assertEquals("Guide", outline.firstH1());
    }

    @Test
    void givesDuplicateHeadingsNumberedIds() {
        PageOutline outline = ENGINE.outline(lines("## Setup", "## Setup", "## Setup"));
        assertEquals(List.of("setup", "setup-1", "setup-2"), outline.headings().stream().map(Heading::id).toList());
    }

    @Test
    void usesExplicitIdsAndRemovesThemFromTheHeadingText() {
        String source = lines("## Title *with* emphasis {#custom-id}", "", "## Plain {#other_id}");
        PageOutline outline = ENGINE.outline(source);
        assertEquals(List.of(new Heading(2, "Title with emphasis", "custom-id", 1), new Heading(2, "Plain", "other_id", 3)),
                outline.headings());
        Document html = Jsoup.parseBodyFragment(Pages.render(source));
        Element h2 = html.selectFirst("h2#custom-id").clone();
        h2.select("a.hash-link").remove();
        assertEquals("Title with emphasis", h2.text());
        assertEquals("with", h2.selectFirst("em").text());
    }

    @Test
    void explicitIdsDoNotCountAsSlugOccurrencesLikeDocusaurus() {
        PageOutline outline = ENGINE.outline(lines("## Intro {#intro}", "## Intro"));
        assertEquals(List.of("intro", "intro"), outline.headings().stream().map(Heading::id).toList());
    }

    @Test
    void rendersIdsAndAHashLinkAfterTheCleanHeadingText() {
        Document html = Jsoup.parseBodyFragment(Pages.render(lines("## Audit/compliance request {#audit}")));
        Element h2 = html.selectFirst("h2");
        assertEquals("audit", h2.id());
        assertEquals("Audit/compliance request", h2.ownText().trim());
        Element anchor = h2.selectFirst("a.hash-link");
        assertEquals("#audit", anchor.attr("href"));
        assertEquals("Direct link to Audit/compliance request", anchor.attr("aria-label"));
        assertFalse(h2.html().contains("{#"));
    }

    @Test
    void insertsWhatTheContextReturnsAfterEachHeading() {
        RecordingContext ctx = new RecordingContext().after("kpis", "<div class=\"after\">x</div>");
        String html = ENGINE.render(lines("# Title", "", "## KPIs {#kpis}", "", "text"), ctx);
        assertEquals(List.of("title", "kpis"), ctx.headings.stream().map(Heading::id).toList());
        assertEquals("after", Jsoup.parseBodyFragment(html).selectFirst("h2 + div").className());
    }

    @Test
    void slugsTheTextWithoutMarkupAndKeepsCodeText() {
        PageOutline outline = ENGINE.outline(lines("## The `--force` option of [cli](cli.md)"));
        assertEquals("the---force-option-of-cli", outline.headings().get(0).id());
        assertEquals("The --force option of cli", outline.headings().get(0).text());
    }

    @Test
    void hasNoFirstH1WhenThePageStartsAtLevelTwo() {
        assertNull(ENGINE.outline(lines("## Objective")).firstH1());
    }

    @Test
    void numbersSetextHeadingsLikeAtxHeadings() {
        PageOutline outline = ENGINE.outline(lines("Title", "=====", "", "Sub", "---"));
        assertEquals(List.of(new Heading(1, "Title", "title", 1), new Heading(2, "Sub", "sub", 4)), outline.headings());
    }
}
