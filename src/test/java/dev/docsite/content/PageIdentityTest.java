package dev.docsite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.frontmatter.FrontMatter;
import dev.docsite.frontmatter.FrontMatterParser;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PageIdentityTest {

    private static SourceFile file(String rel) {
        return new SourceFile(Path.of("/site/content").resolve(rel), rel, "content/" + rel);
    }

    private static FrontMatter fm(String yaml) {
        return new FrontMatterParser().parse("---\n" + yaml + "\n---\n", "x.md").frontMatter();
    }

    @Test
    void urlIsFolderPlusFileNameWithNumberPrefixesStripped() {
        SourceFile f = file("02-setup/01-intro.md");
        assertEquals("setup/intro/", PageIdentity.url(f, FrontMatter.empty()));
        assertEquals("setup/intro", PageIdentity.docId(f, FrontMatter.empty()));
    }

    @Test
    void frontmatterIdReplacesFileName() {
        SourceFile f = file("guides/role.md");
        assertEquals("guides/custom/", PageIdentity.url(f, fm("id: custom")));
        assertEquals("guides/custom", PageIdentity.docId(f, fm("id: custom")));
    }

    @Test
    void relativeSlugIsUnderTheFolderAndAbsoluteSlugFromTheRoot() {
        SourceFile f = file("guides/role.md");
        assertEquals("guides/my-slug/", PageIdentity.url(f, fm("slug: my-slug")));
        assertEquals("elsewhere/x/", PageIdentity.url(f, fm("slug: /elsewhere/x")));
        assertEquals("", PageIdentity.url(f, fm("slug: /")));
    }

    @Test
    void indexReadmeAndFolderNamedFilesAreTheFolderIndex() {
        assertEquals("platform/", PageIdentity.url(file("platform/index.md"), FrontMatter.empty()));
        assertEquals("platform/", PageIdentity.url(file("platform/README.md"), FrontMatter.empty()));
        assertEquals("platform/", PageIdentity.url(file("03-platform/platform.mdx"), FrontMatter.empty()));
        assertEquals("", PageIdentity.url(file("index.md"), FrontMatter.empty()));
        assertTrue(PageIdentity.isCategoryIndex(file("platform/index.md")));
        assertFalse(PageIdentity.isCategoryIndex(file("platform/policies.md")));
    }

    @Test
    void datesAndVersionsAreNotNumberPrefixes() {
        assertEquals("intro", NumberPrefix.strip("01-intro"));
        assertEquals("intro", NumberPrefix.strip("1_intro"));
        assertEquals("2024-01-report", NumberPrefix.strip("2024-01-report"));
        assertEquals("1.2-notes", NumberPrefix.strip("1.2-notes"));
        assertEquals("42", NumberPrefix.strip("42"));
    }

    @Test
    void naturalOrderSortsNumbersByValue() {
        assertTrue(NaturalOrder.INSTANCE.compare("2-b.md", "10-a.md") < 0);
        assertTrue(NaturalOrder.INSTANCE.compare("a.md", "B.md") < 0);
    }
}
