package dev.docsite.content;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.config.ContentRoot;
import dev.docsite.docusaurus.NumberPrefix;
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

    private static SourceFile in(ContentRoot root, String rel) {
        return new SourceFile(root.dir().resolve(rel), rel, rel, root);
    }

    private static final ContentRoot DOCS = new ContentRoot(Path.of("/site/docs"), "/docs/", "default",
            ContentRoot.Kind.DOCS);
    private static final ContentRoot PAGES = new ContentRoot(Path.of("/site/src/pages"), "/", "default",
            ContentRoot.Kind.PAGES);

    @Test
    void docsUrlsStartWithTheRouteBasePathAndSlugsAreRelativeToIt() {
        assertEquals("docs/setup/intro/", PageIdentity.url(in(DOCS, "02-setup/01-intro.md"), FrontMatter.empty()));
        assertEquals("setup/intro", PageIdentity.docId(in(DOCS, "02-setup/01-intro.md"), FrontMatter.empty()));
        assertEquals("docs/", PageIdentity.url(in(DOCS, "index.md"), FrontMatter.empty()));
        assertEquals("docs/start/", PageIdentity.url(in(DOCS, "guides/a.md"), fm("slug: /start")));
        assertEquals("docs/", PageIdentity.url(in(DOCS, "guides/a.md"), fm("slug: /")));
    }

    @Test
    void pagesUrlsAreTheFilePathAsWrittenAsDocusaurusFileToPath() {
        assertEquals("help/", PageIdentity.url(in(PAGES, "help.md"), FrontMatter.empty()));
        assertEquals("team/", PageIdentity.url(in(PAGES, "team/index.md"), FrontMatter.empty()));
        assertEquals("", PageIdentity.url(in(PAGES, "index.md"), FrontMatter.empty()));
        assertEquals("01-notes/readme/", PageIdentity.url(in(PAGES, "01-notes/readme.mdx"), fm("slug: /x\nid: y")));
        assertEquals("01-notes/readme", PageIdentity.docId(in(PAGES, "01-notes/readme.mdx"), FrontMatter.empty()));
    }
}
