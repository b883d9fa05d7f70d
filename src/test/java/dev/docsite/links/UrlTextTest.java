package dev.docsite.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** Relative URLs between site folders, as written into shared sidebars. */
class UrlTextTest {

    @Test
    void siblingsAreReachedFromTheirCommonFolder() {
        assertEquals("page-2/", UrlText.relative("section/", "section/page-2/"));
        assertEquals("../other/page/", UrlText.relative("section/", "other/page/"));
        assertEquals("../../", UrlText.relative("a/b/", ""));
        assertEquals("", UrlText.relative("a/b/", "a/b/"));
        assertEquals("a/b/", UrlText.relative("", "a/b/"));
    }

    @Test
    void aCommonPrefixThatIsNotAWholeSegmentDoesNotCount() {
        assertEquals("../section-10/x/", UrlText.relative("section-1/", "section-10/x/"));
    }

    @Test
    void theRestOfTheTargetIsPercentEncoded() {
        assertEquals("my%20page/", UrlText.relative("docs/", "docs/my page/"));
    }
}
