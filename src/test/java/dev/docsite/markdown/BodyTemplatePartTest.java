package dev.docsite.markdown;

import static dev.docsite.markdown.Pages.ENGINE;
import static dev.docsite.markdown.Pages.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.docsite.markdown.partial.PartialFiles;
import dev.docsite.markdown.scope.ModuleValues;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A part cut from a body template (a blog post's summary: after its title, up to its truncation marker) is exactly
 * what that part of the source gives parsed alone; where it could not be, there is no part and the caller parses.
 */
class BodyTemplatePartTest {

    private static final PageSource WITH_PARTS = new PageSource(Path.of("post.md").toAbsolutePath(), "post.md",
            PartialFiles.NONE, ModuleValues.NONE, java.util.Map.of(), true);
    private static final String MARKER = "<!-- truncate -->";

    @ParameterizedTest
    @ValueSource(strings = {
        "# Title\n\nIntro with [a link](other.md#x) and ![an image](img/a.png \"A\").\n\n<!-- truncate -->\n\nRest.\n",
        "# Title\nText right under the title.\n\n<!-- truncate -->\n",
        "\n\n\n# Title\n\nAfter blanked frontmatter.\n\n<!-- truncate -->\n\n## Later\n",
        "Untitled summary.\n\n<!-- truncate -->\n\nRest [b](b.md).\n",
        "# Title\n\n- one\n- two\n\n<!-- truncate -->\n\n- three\n",
        "# Title\n\n- one\n\n- two, loose\n\n<!-- truncate -->\n\nRest.\n",
        "# Title\n\n> quoted\n> text\n\n<!-- truncate -->\n\nRest.\n",
        "# Title\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n<!-- truncate -->\n\nRest.\n",
        "# Title\n\n```java\nint x;\n```\n\n<!-- truncate -->\n\nRest.\n",
        "# Title\n\n:::note\n\nAdmonished.\n\n:::\n\n<!-- truncate -->\n\nRest.\n",
        "# Title\n\n## Section\n\nText :kpi[backlog].\n\n```kpi\nsla\n```\n\n<!-- truncate -->\n\n## Section\n",
        "# Title\n\n<div class=\"x\">\n<a href=\"raw.md\">raw</a>\n</div>\n\n<!-- truncate -->\n\nRest.\n",
        "# Title\n\nSummary.\n<!-- truncate -->\nRest right after.\n",
        "# Title\n\nSummary.\n\n{/* truncate */}\n\nRest.\n",
        "# Title\n\nSummary.\n\n  <!-- truncate -->\n\nRest.\n",
        "# Title\n\nNo marker: the whole post.\n\n## Section\n\nText.\n",
        "# Title\n\n<Tabs>\n<TabItem value=\"a\">\n\nA\n\n</TabItem>\n</Tabs>\n\n<!-- truncate -->\n\nRest.\n",
        "# Title\n\nSee [the ref][r].\n\n<!-- truncate -->\n\n[r]: https://example.com\n",
        "# Title\n\n```md\n<!-- truncate -->\n```\n\nRest.\n",
        "# Title\n\n:::note\n\nIn an admonition.\n\n<!-- truncate -->\n\nRest.\n\n:::\n",
        "# Title\n\n- an item\n\n  <!-- truncate -->\n\n  rest of the item\n",
        "import X from './x.md';\n\n# Title\n\nSummary.\n\n<!-- truncate -->\n\nRest.\n",
    })
    void aPartIsTheBodyOfItsSourceAlone(String source) {
        BodyTemplate part = part(source);
        if (part != null) {
            RecordingContext ctx = new RecordingContext().after("section", "<p>after</p>");
            assertEquals(ENGINE.prepare(alone(source)).body().fill(ctx), part.fill(ctx));
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "# Title\n\nIntro with [a link](other.md#x) and ![an image](img/a.png \"A\").\n\n<!-- truncate -->\n\nRest.\n",
        "# Title\n\n- one\n- two\n\n<!-- truncate -->\n\n- three\n",
        "# Title\n\n:::note\n\nAdmonished.\n\n:::\n\n<!-- truncate -->\n\nRest.\n",
        "# Title\n\n## Section\n\nText :kpi[backlog].\n\n```kpi\nsla\n```\n\n<!-- truncate -->\n\n## Section\n",
        "# Title\n\nSummary.\n<!-- truncate -->\nRest right after.\n",
        "# Title\n\nSummary.\n\n{/* truncate */}\n\nRest.\n",
        "# Title\n\nNo marker: the whole post.\n\n## Section\n\nText.\n",
    })
    void plainPostsAreCutNotParsedAgain(String source) {
        assertNotNull(part(source));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "# Title\n\nSee [the ref][r].\n\n<!-- truncate -->\n\n[r]: https://example.com\n",
        "# Title\n\n```md\n<!-- truncate -->\n```\n\nRest.\n",
        "# Title\n\n:::note\n\nIn an admonition.\n\n<!-- truncate -->\n\nRest.\n\n:::\n",
        "# Title\n\n- an item\n\n  <!-- truncate -->\n\n  rest of the item\n",
        "import X from './x.md';\n\n# Title\n\nSummary.\n\n<!-- truncate -->\n\nRest.\n",
        "# Title\n\n<Tabs>\n<TabItem value=\"a\">\n\nA\n\n</TabItem>\n</Tabs>\n\n<!-- truncate -->\n\nRest.\n",
    })
    void aCutThatWouldChangeThePartIsRefused(String source) {
        assertNull(part(source));
    }

    @Test
    void aPageNotPreparedForPartsHasNone() {
        String source = lines("Summary.", "", MARKER, "", "Rest.");
        assertNull(ENGINE.prepare(source).body().part(0, source.indexOf(MARKER)));
    }

    @Test
    void thePartHoldsOnlyItsOwnSlots() {
        String source = lines("# Title", "", "[a](a.md)", "", MARKER, "", "[b](b.md)");
        RecordingContext ctx = new RecordingContext();
        assertEquals("<p><a href=\"a.md\">a</a></p>\n", part(source).fill(ctx));
        assertEquals(1, ctx.rewritten.size());
    }

    /** The part a blog summary takes: after the first line's {@code # title}, up to the marker. */
    private static BodyTemplate part(String source) {
        return ENGINE.prepare(source, WITH_PARTS).body().part(from(source), to(source));
    }

    private static String alone(String source) {
        int from = from(source);
        return source.substring(0, from).replaceAll("[^\n]", " ") + source.substring(from, to(source));
    }

    private static int from(String source) {
        int title = source.indexOf("# Title");
        return title >= 0 && source.substring(0, title).isBlank() ? title + "# Title".length() : 0;
    }

    private static int to(String source) {
        int html = source.indexOf(MARKER);
        int mdx = source.indexOf("{/* truncate */}");
        int at = html >= 0 ? html : mdx;
        return at >= 0 ? at : source.length();
    }
}
