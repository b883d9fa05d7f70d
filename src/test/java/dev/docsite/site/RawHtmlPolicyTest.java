package dev.docsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import dev.docsite.problem.Problem;
import dev.docsite.problem.ProblemCode;
import dev.docsite.testing.TestSite;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What HTML and script URLs written in Markdown become: {@code javascript:}, {@code vbscript:} and {@code data:}
 * links are refused with an {@code unsafe-url} warning and written as {@code #}; raw HTML is written as it is
 * ({@code markdown.raw_html: allow}, the default) or as escaped text ({@code escape}).
 */
class RawHtmlPolicyTest {

    private static final String BODY = """
            [a](javascript:alert(1)) [b](VBScript:msgbox) [c](data:text/html,<script>x</script>)
            ![e](data:image/png;base64,AAAA) ![f](data:text/html,x)
            [ok](mailto:a@example.com)

            <div onclick="alert(3)"><script>alert(4)</script></div>

            Inline <b onmouseover="alert(5)">bold</b> and <a href="javascript:alert(6)">raw</a>.
            """;

    @TempDir
    Path dir;

    private TestSite site(String siteYml) {
        return new TestSite(dir).file("site.yml", siteYml).page("index.md", "title: Home", BODY);
    }

    @Test
    void scriptUrlsAreRefusedWithAWarningAndWrittenAsHash() throws Exception {
        TestSite site = site("title: S\n");
        BuildResult result = site.build();
        assertFalse(result.failed());
        assertEquals(List.of(
                "content/index.md:4:1: warning: 'javascript:' URLs can run a script; written as '#' instead (link to a page or file) [unsafe-url]",
                "content/index.md:4:26: warning: 'vbscript:' URLs can run a script; written as '#' instead (link to a page or file) [unsafe-url]",
                "content/index.md:4:47: warning: 'data:' URLs can run a script; written as '#' instead (link to a page or file) [unsafe-url]",
                "content/index.md:5:34: warning: 'data:' URLs can run a script; written as '#' instead (link to a page or file) [unsafe-url]",
                "content/index.md:10:47: warning: 'javascript:' URLs can run a script; written as '#' instead (link to a page or file) [unsafe-url]"),
                result.problems().stream().filter(p -> p.code() == ProblemCode.UNSAFE_URL).map(Problem::format).toList());
        var article = site.html("index.html").selectFirst("article");
        assertEquals(List.of("#", "#", "#", "mailto:a@example.com", "#"),
                article.select("a:not(.hash-link)").eachAttr("href"));
        assertEquals(List.of("data:image/png;base64,AAAA", "#"), article.select("img").eachAttr("src"));
    }

    @Test
    void rawHtmlIsWrittenAsItIsByDefault() throws Exception {
        TestSite site = site("title: S\n");
        site.build();
        var article = site.html("index.html").selectFirst("article");
        assertEquals(List.of("alert(3)"), article.select("[onclick]").eachAttr("onclick"));
        assertEquals("alert(4)", article.selectFirst("div[onclick] > script").data());
        assertEquals(List.of("alert(5)"), article.select("b").eachAttr("onmouseover"));
    }

    @Test
    void rawHtmlIsWrittenAsEscapedTextWhenTheSiteEscapesIt() throws Exception {
        TestSite site = site("title: S\nmarkdown:\n  raw_html: escape\n");
        BuildResult result = site.build();
        assertFalse(result.failed());
        assertEquals(List.of("content/index.md:10:47"), result.problems().stream()
                .filter(p -> p.code() == ProblemCode.UNSAFE_URL && p.line() == 10)
                .map(p -> p.file() + ":" + p.line() + ":" + p.column()).toList(), "links in escaped HTML are still checked");
        var markdown = site.html("index.html").selectFirst("article .markdown");
        assertEquals(List.of(), markdown.select("div, script, b, [onclick], [onmouseover]").eachAttr("outerHTML"));
        assertEquals("<div onclick=\"alert(3)\"><script>alert(4)</script></div>", markdown.ownText());
        assertEquals("Inline <b onmouseover=\"alert(5)\">bold</b> and <a href=\"javascript:alert(6)\">raw</a>.",
                markdown.select("p").get(1).text());
    }
}
