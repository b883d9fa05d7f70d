package dev.docsite.markdown;

import static dev.docsite.markdown.Pages.ENGINE;
import static dev.docsite.markdown.Pages.lines;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Docusaurus's {@code <Link>} ({@code @docusaurus/Link}) is the {@code <a>} it renders: a link, or an anchor. */
class DocusaurusLinkTest {

    private static final String PAGE = lines(
            "import Link from '@docusaurus/Link';",                                                       // 1
            "",                                                                                          // 2
            "- <Link id=\"ast-change\"/> A change, linked to [from here](#ast-change).",                   // 3
            "",                                                                                          // 4
            "Read <Link to=\"/docs/intro\">the introduction</Link> or <Link href=\"https://example.com/g\">the guide</Link>.", // 5
            "",                                                                                          // 6
            "<h2 class=\"section\"><Link id=\"section-start\"/>Section</h2>",                               // 7
            "",                                                                                          // 8
            "<Link className=\"button\" to=\"./setup.md\">Set up</Link>");                                   // 9

    @Test
    void rendersAsAnchorElementsWithTheTargetAsHrefAndANewTabForExternalTargets() {
        assertEquals(lines(
                "<ul>",
                "<li><a id=\"ast-change\"></a> A change, linked to <a href=\"#ast-change\">from here</a>.</li>",
                "</ul>",
                "<p>Read <a href=\"/docs/intro\">the introduction</a> or <a href=\"https://example.com/g\" target=\"_blank\" rel=\"noopener noreferrer\">the guide</a>.</p>",
                "<h2 class=\"section\"><a id=\"section-start\"></a>Section</h2>",
                "<p><a class=\"button\" href=\"./setup.md\">Set up</a></p>"), Pages.render(PAGE));
    }

    @Test
    void itsIdsAreAnchorsAndItsTargetsAreCheckedLinks() {
        PageOutline outline = ENGINE.outline(PAGE);
        assertEquals(Set.of("ast-change", "section-start"), outline.elementIds());
        assertEquals(List.of(new LinkRef("#ast-change", LinkRef.Kind.LINK, 3, 47), new LinkRef("/docs/intro", LinkRef.Kind.LINK, 5, 6),
                new LinkRef("https://example.com/g", LinkRef.Kind.LINK, 5, 56),
                new LinkRef("./setup.md", LinkRef.Kind.LINK, 9, 1)), outline.links());
    }
}
