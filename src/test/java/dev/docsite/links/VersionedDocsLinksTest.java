package dev.docsite.links;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docsite.site.SiteModel;
import dev.docsite.testing.VersionedSite;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Links in a versioned Docusaurus site: a link to a Markdown file resolves within the linking doc's own version, as
 * Docusaurus's docs plugin resolves it with the version's content path ({@code ./x.md} from the file's folder,
 * {@code /x.md} and a bare {@code x.md} from the version's folder); links by URL may lead into any version.
 */
class VersionedDocsLinksTest {

    @TempDir
    static Path dir;

    private static SiteModel model;

    @BeforeAll
    static void load() throws Exception {
        model = VersionedSite.load(VersionedSite.create(dir, ""));
    }

    private static String verdict(String url, String target) {
        return DocusaurusSiteFixture.verdict(model, url, target);
    }

    @Test
    void markdownLinksOfTheCurrentVersionStayInIt() {
        assertEquals("../../../docs/next/guides/setup/", verdict("docs/next/intro/", "./guides/setup.md"));
        assertEquals("../../../docs/next/new-feature/", verdict("docs/next/intro/", "new-feature.md"));
        assertEquals("../../../../docs/next/intro/", verdict("docs/next/guides/setup/", "../intro.md"));
    }

    @Test
    void markdownLinksOfAReleasedVersionStayInIt() {
        assertEquals("../../docs/guides/setup/", verdict("docs/intro/", "guides/setup.md"));
        assertEquals("../../../docs/1.0/guides/setup/", verdict("docs/1.0/intro/", "./guides/setup.md"));
        assertEquals("../../../docs/1.0/legacy/", verdict("docs/1.0/intro/", "legacy.md"));
        assertEquals("../../../../docs/1.0/intro/", verdict("docs/1.0/guides/setup/", "/intro.md"), "/x.md: the version's folder");
    }

    @Test
    void aMarkdownLinkToAFileOnlyAnotherVersionHasIsBroken() {
        assertEquals("versioned_docs/version-2.0/intro.md:5:1: warning: no page file 'new-feature.md' (looked for"
                + " versioned_docs/version-2.0/new-feature.md, new-feature.md); did you mean"
                + " '../../docs/new-feature.md'? [broken-link]", verdict("docs/intro/", "new-feature.md"));
    }

    @Test
    void aMisspeltLinkIsAnsweredWithThePageOfItsOwnVersion() {
        assertEquals("versioned_docs/version-1.0/legacy.md:5:20: warning: no page file 'guides/setpu.md' (looked for"
                + " versioned_docs/version-1.0/guides/setpu.md, guides/setpu.md); did you mean './guides/setup.md'?"
                + " [broken-link]", verdict("docs/1.0/legacy/", "guides/setpu.md"));
    }

    @Test
    void urlsLeadIntoAnyVersion() {
        assertEquals("../../docs/next/intro/", verdict("docs/intro/", "/docs/next/intro"));
        assertEquals("../../../docs/1.0/legacy/", verdict("docs/next/intro/", "/docs/1.0/legacy"));
        assertEquals("../docs/intro/", verdict("versions/", "/docs/intro"));
    }
}
