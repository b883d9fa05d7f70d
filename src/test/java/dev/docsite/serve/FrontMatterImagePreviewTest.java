package dev.docsite.serve;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview serves a page's frontmatter image as the build writes it, and shows a missing one in the overlay. */
class FrontMatterImagePreviewTest {

    @TempDir
    Path dir;

    private ServeFixture f;

    @BeforeEach
    void setUp() throws Exception {
        f = new ServeFixture(dir);
        f.site.file("content/guides/img/social.png", "png bytes");
        f.site.page("guides/card.md", "title: Card\nimage: ./img/social.png", "Body.\n");
        f.open();
    }

    @Test
    void theImageIsServedAndNamedInTheSocialCard() {
        assertEquals(200, f.get("/guides/img/social.png").status());
        assertArrayEquals("png bytes".getBytes(StandardCharsets.UTF_8), f.get("/guides/img/social.png").body());
        assertEquals("../../guides/img/social.png",
                Jsoup.parse(f.html("/guides/card/")).select("meta[property=og:image]").attr("content"));
    }

    @Test
    void aMissingImageShowsInTheOverlayWithItsLineAndColumn() {
        f.write("content/guides/card.md", "---\ntitle: Card\nimage: ./img/gone.png\n---\nBody.\n");
        Element problem = Jsoup.parse(f.html("/guides/card/")).selectFirst("#docsite-problems li");
        assertEquals("content/guides/card.md:3:8", problem.selectFirst(".problem-location").text());
        assertEquals("no file './img/gone.png' (looked for content/guides/img/gone.png)",
                problem.selectFirst(".problem-message").text());
        assertEquals("missing-asset", problem.selectFirst(".problem-code").text());
    }
}
