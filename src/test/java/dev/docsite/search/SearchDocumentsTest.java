package dev.docsite.search;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docsite.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page becomes a search document of sections, cut at its headings from the text its outline already holds. */
class SearchDocumentsTest {

    @TempDir
    Path dir;

    private SearchDocument document(String frontMatter, String body) {
        TestSite site = new TestSite(dir).file("site.yml", "title: Docs\n").page("guide.md", frontMatter, body);
        return SearchDocuments.of(site.load().index().byUrl("guide/"), "2.0");
    }

    @Test
    void eachHeadingStartsASectionHoldingTheTextUpToTheNext() {
        SearchDocument doc = document("title: Guide", """
                Intro with **bold** text.

                ## Triage `queue` rules {#triage}

                Look at new findings daily.

                ### SLA deterioration

                Escalate misses.
                - a list item

                ## Empty
                """);
        assertEquals(new SearchDocument("guide/", "Guide", "2.0", "Intro with bold text.", List.of(
                new SearchDocument.Section("triage", "Triage queue rules", "Look at new findings daily."),
                new SearchDocument.Section("sla-deterioration", "SLA deterioration", "Escalate misses. a list item"),
                new SearchDocument.Section("empty", "Empty", ""))), doc);
    }

    @Test
    void theTitleHeadingIsThePageItself() {
        SearchDocument doc = document("id: guide", """
                # Setup guide

                First steps.

                ## Install

                Run it.
                """);
        assertEquals(new SearchDocument("guide/", "Setup guide", "2.0", "First steps.", List.of(
                new SearchDocument.Section("install", "Install", "Run it."))), doc);
    }

    @Test
    void everySectionKeepsAllItsTextHoweverLongThePage() {
        String paragraph = "Filler words about triage. ".repeat(100).strip();
        SearchDocument doc = document("title: Long", paragraph + "\n\n## First\n\n" + paragraph
                + "\n\n## Last\n\nThe escalation ladder ends here.\n");
        assertEquals(new SearchDocument("guide/", "Long", "2.0", paragraph, List.of(
                new SearchDocument.Section("first", "First", paragraph),
                new SearchDocument.Section("last", "Last", "The escalation ladder ends here."))), doc);
    }
}
