package dev.docsite.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docsite.docusaurus.BlogOptions;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The blog's include and exclude globs, as globby applies Docusaurus's defaults. */
class PostFilesTest {

    private static final List<String> INCLUDE = List.of("**/*.{md,mdx}");

    @Test
    void theDefaultIncludeMatchesPostsAtAnyDepth() {
        assertEquals(true, PostFiles.matchesAny(INCLUDE, "2026-06-22-launch.md"));
        assertEquals(true, PostFiles.matchesAny(INCLUDE, "2026/06/22/launch/index.mdx"));
        assertEquals(false, PostFiles.matchesAny(INCLUDE, "notes.txt"));
    }

    @Test
    void theDefaultExcludeLeavesOutPartialsAndTests() {
        assertEquals(true, PostFiles.matchesAny(BlogOptions.DEFAULT_EXCLUDE, "_partial.md"));
        assertEquals(true, PostFiles.matchesAny(BlogOptions.DEFAULT_EXCLUDE, "drafts/_wip/post.md"));
        assertEquals(true, PostFiles.matchesAny(BlogOptions.DEFAULT_EXCLUDE, "__tests__/post.md"));
        assertEquals(false, PostFiles.matchesAny(BlogOptions.DEFAULT_EXCLUDE, "2026-06-22-launch.md"));
    }

    @Test
    void anExcludeOfTheSiteLeavesOutItsFiles() {
        assertEquals(true, PostFiles.matchesAny(List.of("archive/**"), "archive/2019-01-01-old.md"));
        assertEquals(false, PostFiles.matchesAny(List.of("archive/**"), "2019-01-01-old.md"));
    }
}
