package dev.docsite.markdown;

import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;

import static dev.docsite.markdown.Pages.ENGINE;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

/**
 * Markdown of any shape renders on an ordinary thread stack (the test's own, 1 MB by default): what nests beyond the
 * limit is kept as plain text from the line where it does, with a {@code nesting} warning at that line. The timeout
 * only guards against a hang (a list nested 3,000 levels used to run for minutes); nothing here is a timing
 * assertion.
 */
class DeepNestingTest {

    private static final Duration HANG_GUARD = Duration.ofSeconds(30);

    private static String guarded(Supplier<String> work) {
        return assertTimeoutPreemptively(HANG_GUARD, work::get);
    }

    private static List<String> notices(String source) {
        return ENGINE.analysis(source).notices().stream()
                .map(n -> n.code() + "@" + n.line() + ":" + n.column() + " " + n.message()).toList();
    }

    private static String textBlock(String text) {
        return "<div class=\"code-block\"><pre tabindex=\"0\" aria-label=\"Code (text)\"><code class=\"language-text\">"
                + text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;") + "</code></pre></div>\n";
    }

    private static final String H1 = "<h1 id=\"t\">T<a class=\"hash-link\" href=\"#t\" aria-label=\"Direct link to T\""
            + " title=\"Direct link to T\">#</a></h1>\n";

    private static List<String> nestingNotices(String source) {
        return notices(source).stream().filter(n -> n.startsWith("nesting@")).toList();
    }

    private static final String QUOTES_WARNING = "nesting@3:1 block quotes and lists nested more than 100 levels deep;"
            + " from this line on the page is shown as plain text: nest less deeply";
    private static final String COMPONENTS_WARNING = " MDX components and admonitions nested more than 100 levels"
            + " deep; from this line on the page is shown as plain text: nest less deeply";

    @Test
    void aLineOfThousandsOfThematicBreakCharactersIsOneRule() {
        for (String marker : List.of("-", "*", "_", "- ")) {
            String source = "# T\n\n" + marker.repeat(20_000) + "\n";
            assertEquals(H1 + "<hr />\n", guarded(() -> Pages.render(source)), marker);
        }
    }

    @Test
    void aLineOfThousandsOfDashesBeforeTextIsAParagraph() {
        String source = "-".repeat(20_000) + "x\n";
        assertEquals("<p>" + "-".repeat(20_000) + "x</p>\n", guarded(() -> Pages.render(source)));
    }

    @Test
    void twoThousandQuoteMarkersOnOneLineAreKeptAsText() {
        String deep = "> ".repeat(2_000) + "x";
        String source = "# T\n\n" + deep + "\n";
        assertEquals(H1 + textBlock(deep + "\n"), guarded(() -> Pages.render(source)));
        assertEquals(List.of(QUOTES_WARNING), notices(source));
    }

    @Test
    void twentyThousandListMarkersAreKeptAsText() {
        String deep = "- ".repeat(20_000) + "x";
        String source = "# T\n\n" + deep + "\n";
        assertEquals(H1 + textBlock(deep + "\n"), guarded(() -> Pages.render(source)));
        assertEquals(List.of(QUOTES_WARNING), notices(source));
    }

    @Test
    void aListNestedAHundredLevelsRendersAndDeeperLevelsAreKeptAsText() {
        for (int levels : List.of(1_000, 3_000)) {
            StringBuilder source = new StringBuilder();
            for (int i = 0; i < levels; i++) {
                source.append("  ".repeat(i)).append("- a").append(i).append('\n');
            }
            StringBuilder rest = new StringBuilder();
            for (int i = 100; i < levels; i++) {
                rest.append("  ".repeat(i)).append("- a").append(i).append('\n');
            }
            String html = guarded(() -> Pages.render(source.toString()));
            assertEquals(100, html.split("<ul>", -1).length - 1);
            assertEquals(100, html.split("<li>", -1).length - 1);
            String tail = textBlock(rest.toString());
            assertEquals(tail, html.substring(html.length() - tail.length()), "levels 101 on are kept as text");
            assertEquals(List.of("nesting@101:1 block quotes and lists nested more than 100 levels deep; from this"
                    + " line on the page is shown as plain text: nest less deeply"), notices(source.toString()));
        }
    }

    @Test
    void twentyThousandComponentTagsAreKeptAsText() {
        String deep = "<Foo>".repeat(20_000);
        String source = "# T\n\n" + deep + "\n";
        assertEquals(H1 + textBlock(deep + "\n"), guarded(() -> Pages.render(source)));
        assertEquals(List.of("nesting@3:1" + COMPONENTS_WARNING), notices(source));
    }

    @Test
    void threeThousandNestedTabsKeepTheirFirstHundredLevels() {
        String source = "<Tabs>\n".repeat(3_000);
        guarded(() -> Pages.render(source));
        assertEquals(List.of("nesting@101:1" + COMPONENTS_WARNING), nestingNotices(source));
    }

    @Test
    void threeThousandNestedAdmonitionsAreKeptAsText() {
        StringBuilder source = new StringBuilder();
        for (int i = 0; i < 3_000; i++) {
            source.append(":".repeat(3_003 - i)).append("note\n");
        }
        guarded(() -> Pages.render(source.toString()));
        assertEquals(List.of("nesting@101:1" + COMPONENTS_WARNING), nestingNotices(source.toString()));
    }

    @Test
    void manyEmphasisDelimitersAndBracketsParseFlat() {
        assertEquals("<p>" + "_a ".repeat(25_000).strip() + "</p>\n",
                guarded(() -> Pages.render("_a ".repeat(25_000) + "\n")));
        assertEquals("<p>" + "[".repeat(20_000) + "</p>\n", guarded(() -> Pages.render("[".repeat(20_000) + "\n")));
    }

    @Test
    void fencedCodeAndInlineCodeDoNotCountAsNesting() {
        String source = "```\n" + "> ".repeat(500) + "\n" + "<Foo>".repeat(500) + "\n```\n\n`" + "<Foo>".repeat(200)
                + "`\n";
        assertEquals(List.of(), nestingNotices(source));
    }
}
