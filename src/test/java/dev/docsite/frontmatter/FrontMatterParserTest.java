package dev.docsite.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.problem.ProblemCode;
import dev.docsite.problem.Problem;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FrontMatterParserTest {

    private final FrontMatterParser parser = new FrontMatterParser();

    @Test
    void readsDocusaurusFieldsAndKeepsUnknownOnes() {
        ParsedSource p = parser.parse("""
                ---
                id: risk-score
                title: Risk Score
                sidebar_label: Risk
                sidebar_position: 3
                pagination_prev: null
                pagination_next: platform/policies
                keywords: [risk, score]
                tags: [a, {label: B, permalink: /b}]
                draft: false
                unlisted: true
                hide_title: true
                hide_table_of_contents: true
                toc_min_heading_level: 2
                toc_max_heading_level: 4
                owner: appsec-team
                kpis: [critical_high_backlog]
                ---
                # Body
                """, "a.md");
        FrontMatter fm = p.frontMatter();
        assertEquals(List.of(), p.problems());
        assertEquals("risk-score", fm.id());
        assertEquals("Risk Score", fm.title());
        assertEquals("Risk", fm.sidebarLabel());
        assertEquals(3.0, fm.sidebarPosition());
        assertTrue(fm.paginationPrev().disabled());
        assertEquals("platform/policies", fm.paginationNext().docId());
        assertEquals(List.of("risk", "score"), fm.keywords());
        assertEquals(List.of("a", "B"), fm.tags());
        assertTrue(fm.unlisted());
        assertTrue(fm.hideTitle());
        assertTrue(fm.hideTableOfContents());
        assertEquals(4, fm.tocMaxHeadingLevel());
        assertEquals("appsec-team", fm.all().get("owner"));
        assertEquals(List.of("critical_high_backlog"), fm.kpis());
        assertEquals(17, fm.lineOf("kpis"));
    }

    @Test
    void bodyKeepsLineNumbersOfTheFile() {
        ParsedSource p = parser.parse("---\ntitle: T\n---\n\n## Heading\n", "a.md");
        assertEquals("## Heading", p.body().lines().toList().get(4));
        assertEquals("", p.body().lines().toList().get(0));
    }

    @Test
    void bodyIsTheFileWithTheFrontmatterLinesBlankedAndTheFencesAreLocated() {
        ParsedSource p = parser.parse("---\ntitle: T\nid: x\n---\n# H\r\ntext", "a.md");
        assertEquals("\n\n\n\n# H\r\ntext", p.body());
        assertEquals(2, p.frontMatter().startLine());
        assertEquals(4, p.frontMatter().endLine());
        assertEquals(Map.of("title", 2, "id", 3), p.frontMatter().keyLines());
    }

    @Test
    void emptyFrontmatterIsEmptyButKeepsItsLines() {
        ParsedSource p = parser.parse("---\n---\nx\n", "a.md");
        assertEquals(FrontMatter.builder().startLine(2).endLine(2).build(), p.frontMatter());
        assertEquals("\n\nx\n", p.body());
        assertEquals(List.of(), p.problems());
    }

    @Test
    void fileWithoutFrontmatterIsAllBody() {
        ParsedSource p = parser.parse("# Title\ntext\n", "a.md");
        assertEquals("# Title\ntext\n", p.body());
        assertNull(p.frontMatter().title());
    }

    @Test
    void malformedYamlIsReportedAtItsLineAndThePageKeepsItsBody() {
        ParsedSource p = parser.parse("---\ntitle: ok\ntags: [a, b\nid: x\n---\nBody text\n", "guides/a.md");
        assertEquals(1, p.problems().size());
        Problem problem = p.problems().get(0);
        assertEquals(ProblemCode.FRONTMATTER, problem.code());
        assertEquals("guides/a.md", problem.file());
        assertEquals(4, problem.line());
        assertEquals("malformed frontmatter YAML: expected ',' or ']', but got :; the page is built without its frontmatter until this is fixed", problem.message());
        assertEquals("\n\n\n\n\nBody text\n", p.body());
    }

    @Test
    void unclosedFrontmatterIsAnError() {
        ParsedSource p = parser.parse("---\ntitle: x\n\nno end\n", "a.md");
        assertEquals(1, p.problems().size());
        assertEquals("frontmatter starts with '---' but is never closed; add a line '---' after the last field", p.problems().get(0).message());
    }

    @Test
    void wrongTypeNamesTheFieldAndItsLine() {
        ParsedSource p = parser.parse("---\ntitle: T\nsidebar_position: first\ndraft: maybe\n---\n", "a.md");
        assertEquals(2, p.problems().size());
        assertEquals(3, p.problems().get(0).line());
        assertEquals("frontmatter 'sidebar_position' must be a number, got 'first'; the field is ignored", p.problems().get(0).message());
        assertEquals(4, p.problems().get(1).line());
        assertFalse(p.frontMatter().draft());
    }

    @Test
    void lastUpdateIsADateAndAnAuthorAndAnythingElseIsReported() {
        ParsedSource p = parser.parse("---\ntitle: T\nlast_update:\n  date: 2025-03-04\n  author: Dee Docs\n---\n", "a.md");
        assertEquals(List.of(), p.problems());
        assertEquals(new FrontMatter.LastUpdate(java.time.LocalDate.of(2025, 3, 4), "Dee Docs"),
                p.frontMatter().lastUpdate());
        assertEquals(new FrontMatter.LastUpdate(null, "Dee"),
                parser.parse("---\nlast_update: {author: Dee}\n---\n", "a.md").frontMatter().lastUpdate());

        ParsedSource wrong = parser.parse("---\ntitle: T\nlast_update: {date: yesterday}\n---\n", "a.md");
        assertEquals(1, wrong.problems().size());
        assertEquals(3, wrong.problems().get(0).line());
        assertEquals("frontmatter 'last_update' must be {date: YYYY-MM-DD, author: name} (either may be left out), "
                + "got a mapping; the field is ignored", wrong.problems().get(0).message());
        assertEquals(null, wrong.frontMatter().lastUpdate());
    }

    @Test
    void byteOrderMarkIsIgnored() {
        ParsedSource p = parser.parse("\uFEFF---\ntitle: T\n---\nx\n", "a.md");
        assertEquals("T", p.frontMatter().title());
    }

    @Test
    void windowsAndOldMacLineEndsCloseTheFrontmatterToo() {
        ParsedSource crlf = parser.parse("---\r\ntitle: Windows\r\n\r\ntags: [a]\r\n---\r\n# Body\r\n", "w.md");
        assertEquals(List.of(), crlf.problems());
        assertEquals("Windows", crlf.frontMatter().title());
        assertEquals(List.of("a"), crlf.frontMatter().tags());
        assertEquals("\n\n\n\n\n# Body\r\n", crlf.body());

        ParsedSource cr = parser.parse("---\rtitle: Classic\r---\rtext", "c.md");
        assertEquals("Classic", cr.frontMatter().title());
        assertEquals("\n\n\ntext", cr.body());

        ParsedSource unclosed = parser.parse("---\ntitle: x\n", "u.md");
        assertEquals(1, unclosed.problems().size());
    }
}
