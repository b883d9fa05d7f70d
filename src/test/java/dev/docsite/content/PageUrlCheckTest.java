package dev.docsite.content;

import dev.docsite.markdown.MarkdownEngine;
import dev.docsite.problem.Problem;
import org.junit.jupiter.api.Test;

import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

/** A slug or id giving a URL docsite cannot write fails that page alone, at the line of the field. */
class PageUrlCheckTest {

    private final PageLoader loader = new PageLoader(new MarkdownEngine()::prepare);

    private List<String> problems(String frontMatter) {
        SourceFile file = new SourceFile(Path.of("/site/content/x.md"), "x.md", "content/x.md");
        PageLoader.Loaded loaded = loader.fromText(file, "---\ntitle: X\n" + frontMatter + "\n---\n# X\n");
        assertNull(loaded.page());
        return loaded.problems().stream().map(Problem::format).toList();
    }

    private static String error(String url, String why, String key) {
        return "content/x.md:3: error: the page's URL '" + url + "' " + why + "; change '" + key
                + "' (the page is not built) [frontmatter]";
    }

    @Test
    void aSlugOnDocsitesOwnFilesIsRefused() {
        assertEquals(List.of(error("search-index.json/", "would replace docsite's own 'search-index.json'", "slug")),
                problems("slug: /search-index.json"));
        assertEquals(List.of(error("assets/docsite.css/", "would replace docsite's own 'assets'", "slug")),
                problems("slug: /assets/docsite.css"));
    }

    @Test
    void aHiddenNameIsRefused() {
        assertEquals(List.of(error(".docsite-output/", "has a folder or name starting with '.' ('.docsite-output'),"
                + " which docsite keeps for itself", "slug")), problems("slug: /.docsite-output"));
    }

    @Test
    void backslashesAndControlCharactersAreRefused() {
        assertEquals(List.of(error("a\\b/", "contains a backslash; use / between folders", "slug")),
                problems("slug: \"a\\\\b\""));
        assertEquals(List.of(error("a?b/", "contains a control character (U+0000)", "id")), problems("id: \"a\\0b\""));
    }

    @Test
    void ordinaryUrlsPass() {
        assertNull(PageUrlCheck.problem("guides/setup/"));
        assertNull(PageUrlCheck.problem(""));
        assertNull(PageUrlCheck.problem("assets-guide/"));
    }
}
