package dev.docsite.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docsite.config.ConfigOverrides;
import dev.docsite.config.ConfigSource;
import dev.docsite.config.SiteConfig;
import dev.docsite.problem.Problem;
import dev.docsite.problem.ProblemCode;
import dev.docsite.site.SiteBuilder;
import dev.docsite.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The untruncated-posts warning of a large blog stays one readable line: five files named, the rest counted. */
class UntruncatedPostsTest {

    @Test
    void aBlogOfManyUntruncatedPostsNamesFiveAndCountsTheRest(@TempDir Path site) throws Exception {
        Files.writeString(site.resolve("docusaurus.config.js"), """
                module.exports = {title: 'Notes', url: 'https://notes.example.com', baseUrl: '/',
                  presets: [['classic', {docs: false}]]};
                """);
        Files.createDirectories(site.resolve("blog"));
        for (int day = 1; day <= 7; day++) {
            Files.writeString(site.resolve("blog/2026-06-0" + day + "-note.md"), "# Note " + day + "\n\nText.\n");
        }
        SiteConfig config = ConfigSource.load(site, ConfigOverrides.none()).toBuilder()
                .outDir(site.resolve("out")).build();
        List<String> warnings = new SiteBuilder(config, TestSite.CLOCK).build(SiteBuilder.Mode.CHECK).problems()
                .stream().filter(p -> p.code() == ProblemCode.BLOG).map(Problem::format).toList();
        assertEquals(List.of("blog: warning: 7 blog post(s) without a truncation marker show whole on the list pages:"
                + " blog/2026-06-07-note.md, blog/2026-06-06-note.md, blog/2026-06-05-note.md,"
                + " blog/2026-06-04-note.md, blog/2026-06-03-note.md and 2 more; add <!-- truncate --> (or"
                + " {/* truncate */} in MDX) after the summary, or set onUntruncatedBlogPosts: 'ignore' [blog]"),
                warnings);
    }
}
