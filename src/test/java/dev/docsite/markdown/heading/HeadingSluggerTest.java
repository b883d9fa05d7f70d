package dev.docsite.markdown.heading;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.junit.jupiter.api.Assertions.assertEquals;

/** Slugs must equal github-slugger's (the Docusaurus heading id algorithm); expectations come from its fixtures. */
class HeadingSluggerTest {

    @ParameterizedTest(name = "\"{0}\" -> {1}")
    @CsvSource(delimiter = '|', value = {
            "Defect tracker integration|defect-tracker-integration",
            "Backlog growth above threshold|backlog-growth-above-threshold",
            "Audit/compliance request|auditcompliance-request",
            "C++ & Java|c--java",
            "Héllo wörld|héllo-wörld",
            "bravoCharlieDelta|bravocharliedelta",
            "heading with a - dash|heading-with-a---dash",
            "heading with an _ underscore|heading-with-an-_-underscore",
            "heading with a period.txt|heading-with-a-periodtxt",
            "exchange.bind_headers(exchange, routing [, bindCallback])|exchangebind_headersexchange-routing--bindcallback",
            "apostrophe’s should be trimmed|apostrophes-should-be-trimmed",
            "I ♥ unicode|i--unicode",
            "en–dash|endash",
            "😄 unicode emoji|-unicode-emoji",
            "😄_😄 unicode emoji|_-unicode-emoji",
            ":smile: - a gemoji|smile---a-gemoji",
            "Привет non-latin 你好|привет-non-latin-你好",
            "Version 2² of x|version-2-of-x",
            "Ⅻ roman numerals|ⅻ-roman-numerals",
    })
    void slugifiesLikeGithubSlugger(String text, String expected) {
        assertEquals(expected, HeadingSlugger.slugify(text));
    }

    @Test
    void lowerCasesIndependentlyOfTheDefaultLocale() {
        // the build runs tests under a Turkish locale, where "I".toLowerCase() is a dotless ı
        assertEquals("issue-list", HeadingSlugger.slugify("ISSUE LIST"));
    }

    @Test
    void numbersRepeatedSlugsPerOriginalSlug() {
        HeadingSlugger slugger = new HeadingSlugger();
        assertEquals("echo", slugger.slug("echo"));
        assertEquals("echo-1", slugger.slug("echo"));
        assertEquals("echo-1-1", slugger.slug("echo 1"));
        assertEquals("echo-1-2", slugger.slug("echo-1"));
        assertEquals("echo-2", slugger.slug("echo"));
    }

    @Test
    void keepsAnExplicitlyNumberedSlugFirstComeFirstServed() {
        HeadingSlugger slugger = new HeadingSlugger();
        assertEquals("foxtrot-1", slugger.slug("foxtrot-1"));
        assertEquals("foxtrot", slugger.slug("foxtrot"));
        assertEquals("foxtrot-2", slugger.slug("foxtrot"));
    }

    @Test
    void findsATrailingExplicitIdAndWhereItStarts() {
        ExplicitHeadingId id = ExplicitHeadingId.find("Title *em* {#custom-id}");
        assertEquals("custom-id", id.id());
        assertEquals("Title *em*".length(), id.markerStart());
        assertEquals(null, ExplicitHeadingId.find("Title {#custom-id} more"));
        assertEquals(null, ExplicitHeadingId.find("Set {#} braces"));
    }
}
