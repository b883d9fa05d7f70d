package dev.docsite.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A post's frontmatter {@code date} as Docusaurus reads it. */
class PostDateTest {

    @Test
    void aDateTimeWithASpaceAndNoBreakSpacesAroundItIsUtc() throws Exception {
        assertEquals(Instant.parse("2017-09-12T10:00:00Z"), PostDate.of("\u00a0 2017-09-12 10:00:00\u00a0", null, null));
    }

    @Test
    void aDateAloneIsMidnightUtc() throws Exception {
        assertEquals(Instant.parse("2026-06-22T00:00:00Z"), PostDate.of(" 2026-06-22", null, null));
    }
}
