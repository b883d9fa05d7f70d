package dev.docsite.markdown.partial;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Which imports of an ESM block are Markdown partials, with their paths read as JavaScript strings. */
class PartialImportsTest {

    @Test
    void findsMarkdownImportsAndUnescapesTheirPaths() {
        assertEquals(List.of("Setup ./_setup.md", "Note ../arch/_note.mdx"),
                PartialImports.in("import Setup from './_setup.md';\nimport Tabs from '@theme/Tabs';\n"
                                + "import Note from '../arch/\\_note.mdx';\nimport data from './x.json';")
                        .values().stream().map(i -> i.name() + " " + i.specifier()).toList());
    }
}
