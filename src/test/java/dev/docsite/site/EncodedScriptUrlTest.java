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
 * A {@code javascript:} URL in a raw HTML attribute is refused however it is written: with its letters as character
 * references ({@code &#106;}, {@code &#x6A;}, with or without the semicolon, named ones such as {@code &Tab;} and
 * {@code &colon;}), or with tabs and line breaks inside the scheme, as a browser decodes the attribute. (A hex
 * reference runs as long as its digits: {@code &#x6Aavascript:} is U+06AA followed by {@code vascript:}, no scheme.)
 */
class EncodedScriptUrlTest {

    private static final String[] HREFS = {
        "&#106;avascript:alert(1)",
        "&#x6A;avascript:alert(2)",
        "&#X6a;avascript:alert(3)",
        "&#106avascript:alert(4)",
        "&#x6A;AVASCRIPT:alert(5)",
        "&#0000106;avascript:alert(6)",
        "java&Tab;script:alert(7)",
        "java&NewLine;script:alert(8)",
        "javascript&colon;alert(9)",
        "java&#9;script:alert(10)",
        "java&#x0A;script:alert(11)",
        "java\tscript:alert(12)",
        "java\nscript:alert(13)",
        "&#32;javascript:alert(14)",
        "&#x76;bscript:msgbox(15)",
        "&#100;ata:text/html,x",
    };

    @TempDir
    Path dir;

    @Test
    void characterReferencesAndWhitespaceInTheSchemeAreRefusedLikeThePlainScheme() throws Exception {
        StringBuilder body = new StringBuilder();
        for (String href : HREFS) {
            body.append("<p><a href=\"").append(href).append("\">x</a></p>\n\n");
        }
        TestSite site = new TestSite(dir).file("site.yml", "title: S\n").page("index.md", "title: Home",
                body.toString());
        var result = site.build();
        assertFalse(result.failed());
        List<String> refused = result.problems().stream().filter(p -> p.code() == ProblemCode.UNSAFE_URL)
                .map(Problem::message).toList();
        assertEquals(HREFS.length, refused.size(), String.join("\n", refused));
        var links = site.html("index.html").select("article a:not(.hash-link)");
        assertEquals(java.util.Collections.nCopies(HREFS.length, "#"), links.eachAttr("href"));
    }

    @Test
    void aReferenceThatIsNoSchemeLetterIsLeftAlone() throws Exception {
        TestSite site = new TestSite(dir).file("site.yml", "title: S\n").page("index.md", "title: Home",
                "<p><a href=\"https://example.com/?q=&#106;s\">x</a> <a href=\"&#x6Aavascript:x\">y</a></p>\n");
        var result = site.build();
        assertEquals(List.of(), result.problems().stream().filter(p -> p.code() == ProblemCode.UNSAFE_URL).toList());
        assertEquals(List.of("https://example.com/?q=js", "&#x6Aavascript:x"),
                site.html("index.html").select("article p a").eachAttr("href"));
    }

    @Test
    void inlineRawHtmlIsRefusedToo() throws Exception {
        TestSite site = new TestSite(dir).file("site.yml", "title: S\n").page("index.md", "title: Home",
                "Text <a href=\"&#106;avascript:alert(1)\">one</a> and <a href=\"java&Tab;script:alert(2)\">two</a>.\n");
        var result = site.build();
        assertEquals(List.of(
                "content/index.md:4:6: warning: 'javascript:' URLs can run a script; written as '#' instead (link to a page or file) [unsafe-url]",
                "content/index.md:4:53: warning: 'javascript:' URLs can run a script; written as '#' instead (link to a page or file) [unsafe-url]"),
                result.problems().stream().filter(p -> p.code() == ProblemCode.UNSAFE_URL).map(Problem::format).toList());
        assertEquals(List.of("#", "#"), site.html("index.html").select("article p a").eachAttr("href"));
    }
}
