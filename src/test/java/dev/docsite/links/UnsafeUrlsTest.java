package dev.docsite.links;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

/** Script URLs are recognised as a browser reads them; other schemes and image data are not refused. */
class UnsafeUrlsTest {

    @Test
    void scriptSchemesAreUnsafeInAnyCaseAndWithTabsLineBreaksOrLeadingControls() {
        assertEquals("javascript", UnsafeUrls.unsafeScheme("javascript:alert(1)", false));
        assertEquals("javascript", UnsafeUrls.unsafeScheme("JaVaScRiPt:alert(1)", false));
        assertEquals("javascript", UnsafeUrls.unsafeScheme(" \u0001java\tscr\nipt:alert(1)", false));
        assertEquals("vbscript", UnsafeUrls.unsafeScheme("vbscript:msgbox", true));
        assertEquals("data", UnsafeUrls.unsafeScheme("data:text/html,<script>x</script>", false));
        assertEquals("data", UnsafeUrls.unsafeScheme("data:image/svg+xml,<svg/>", false));
        assertEquals("data", UnsafeUrls.unsafeScheme("data:text/html,x", true));
    }

    @Test
    void imageDataInImagesAndOtherSchemesAreNotRefused() {
        assertNull(UnsafeUrls.unsafeScheme("data:image/png;base64,AAAA", true));
        assertNull(UnsafeUrls.unsafeScheme("mailto:a@example.com", false));
        assertNull(UnsafeUrls.unsafeScheme("https://example.com/javascript:x", false));
        assertNull(UnsafeUrls.unsafeScheme("../javascript/intro", false));
    }
}
