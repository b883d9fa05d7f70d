package dev.docsite.links;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docsite.site.BuildResult;
import dev.docsite.testing.TestSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Frontmatter {@code image:} (the social card) is a reference like an image in the body, as Docusaurus treats it
 * ({@code createAssets: ({frontMatter}) => ({image: frontMatter.image})}): relative to the page's file, {@code /…}
 * from the static folder, or an absolute URL; copied into the output, written as the resolved URL, and reported
 * at its line and column when the file is missing.
 */
class FrontMatterImageTest {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G'};

    @TempDir
    Path dir;

    private TestSite site(String image) {
        TestSite site = new TestSite(dir);
        site.file("site.yml", "title: Docs\nurl: https://docs.example.com\n");
        site.page("index.md", "title: Home", "Home.\n");
        site.page("guides/card.md", "title: Card\nimage:   " + image, "Body.\n");
        site.bytes("content/guides/img/social.png", PNG);
        site.bytes("static/img/card.png", PNG);
        return site;
    }

    private static String ogImage(TestSite site) {
        return site.html("guides/card/index.html").select("meta[property=og:image]").attr("content");
    }

    @Test
    void aRelativeImageIsCopiedAndWrittenAsItsAbsoluteUrl() throws IOException {
        TestSite site = site("./img/social.png");
        BuildResult result = site.build();
        assertEquals(List.of(), result.problems());
        assertArrayEquals(PNG, Files.readAllBytes(site.out().resolve("guides/img/social.png")));
        assertEquals("https://docs.example.com/guides/img/social.png", ogImage(site));
    }

    @Test
    void aRootImageComesFromTheStaticFolder() {
        TestSite site = site("/img/card.png");
        assertEquals(List.of(), site.build().problems());
        assertEquals("https://docs.example.com/img/card.png", ogImage(site));
    }

    @Test
    void anAbsoluteUrlIsWrittenAsItIs() {
        TestSite site = site("https://cdn.example.com/card.png");
        assertEquals(List.of(), site.build().problems());
        assertEquals("https://cdn.example.com/card.png", ogImage(site));
    }

    @Test
    void aMissingImageIsAMissingAssetAtItsFrontmatterLineAndColumn() {
        TestSite site = site("\"./img/none.png\"");
        BuildResult result = site.build();
        assertEquals(List.of("content/guides/card.md:3:11: warning: no file './img/none.png' (looked for"
                        + " content/guides/img/none.png) [missing-asset]"),
                result.problems().stream().map(p -> p.format()).toList());
    }
}
