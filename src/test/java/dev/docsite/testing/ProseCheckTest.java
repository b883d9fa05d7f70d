package dev.docsite.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.docsite.config.ConfigLoader;
import dev.docsite.config.ConfigOverrides;
import dev.docsite.site.SiteBuilder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every prose line of a site's sources is shown by some built page: the MDX fixture, the sample site. */
class ProseCheckTest {

    @TempDir
    Path dir;

    @Test
    void everyProseLineOfTheMdxFixtureIsShown() throws Exception {
        TreeCopy.copy(Path.of("src/test/resources/fixtures/mdx-site"), dir);
        TestSite site = new TestSite(dir);
        site.build();
        assertEquals(List.of(), ProseCheck.missing(dir.resolve("content"), site.out()));
    }

    @Test
    void everyProseLineOfTheSampleSiteIsShown() throws Exception {
        Path repo = Path.of("").toAbsolutePath();
        var config = ConfigLoader.load(repo, new ConfigOverrides(null, null, null, dir.resolve("site"), null, false,
                null, null));
        new SiteBuilder(config, TestSite.CLOCK).build(SiteBuilder.Mode.BUILD);
        assertEquals(List.of(), ProseCheck.missing(repo.resolve("content"), dir.resolve("site")));
    }

    @Test
    void findsALineNoPageShows() throws Exception {
        TestSite site = new TestSite(dir).file("site.yml", "title: T\n")
                .page("index.md", "title: Home", "Shown on the page.\n\n<!-- Hidden in a comment line -->\n"
                        + "{/* not prose */}\n\n<!-- a comment\nover several lines of words\n-->\n\n```\ncode is not prose\n```\n\n"
                        + "<iframe\n  title=\"An attribute on its own line\"\n  src=\"https://example.com/\"\n></iframe>\n\n"
                        + "Shown after the tag.\n");
        Files.writeString(dir.resolve("content/_unused.md"), "Nobody includes this partial.\n");
        site.build();
        assertEquals(List.of("_unused.md:1: Nobody includes this partial."),
                ProseCheck.missing(dir.resolve("content"), site.out()));
    }

    @Test
    void leavesOutMarkupCodeAndEsm() {
        assertEquals("A plain line of words.", ProseCheck.prose("- A plain line of words."));
        assertEquals("Heading with words", ProseCheck.prose("## Heading with words"));
        assertNull(ProseCheck.prose("import Tabs from '@theme/Tabs';"));
        assertEquals("See a link and code in bold words here.",
                ProseCheck.prose("See [a link](x.md) and `code` in **bold words** here."));
        assertNull(ProseCheck.prose("See ![an image](x.png) here."));
        assertNull(ProseCheck.prose("Two words"));
    }
}
