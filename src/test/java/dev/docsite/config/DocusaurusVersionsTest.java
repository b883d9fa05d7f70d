package dev.docsite.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docsite.docusaurus.DocsVersion;
import dev.docsite.docusaurus.SidebarPath;
import dev.docsite.testing.VersionedSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The docs plugin's version options as Docusaurus's {@code versions/version.ts} reads them, on the versioned fixture
 * (versions.json {@code ["2.0", "1.0"]} and the current version): each docs version is a content root at
 * {@code routeBasePath} + the version's path, with its own folder and sidebars file.
 */
class DocusaurusVersionsTest {

    @TempDir
    Path dir;

    /** Each docs root as "route ← folder (name, label, banner, badge[, last])". */
    private List<String> roots(String options) throws Exception {
        Path site = VersionedSite.create(dir, options);
        return VersionedSite.config(site).contentRoots().stream()
                .filter(r -> r.kind() == ContentRoot.Kind.DOCS)
                .map(r -> describe(site, r)).toList();
    }

    private static String describe(Path site, ContentRoot root) {
        DocsVersion v = root.version().orElseThrow();
        return "/" + root.routeBasePath() + " ← " + site.relativize(root.dir()).toString().replace('\\', '/')
                + " (" + v.name() + ", " + v.label() + ", " + v.banner() + (v.badge() ? ", badge" : "")
                + (v.last() ? ", last" : "") + ")";
    }

    @Test
    void byDefaultTheNewestReleasedVersionIsLastAndTheCurrentOneIsNext() throws Exception {
        assertEquals(List.of(
                "/docs/next ← docs (current, Next, UNRELEASED, badge)",
                "/docs ← versioned_docs/version-2.0 (2.0, 2.0, NONE, badge, last)",
                "/docs/1.0 ← versioned_docs/version-1.0 (1.0, 1.0, UNMAINTAINED, badge)"), roots(""));
    }

    @Test
    void eachReleasedVersionHasItsVersionedSidebarsFile() throws Exception {
        Path site = VersionedSite.create(dir, "");
        List<SidebarPath> sidebars = VersionedSite.config(site).contentRoots().stream()
                .filter(r -> r.kind() == ContentRoot.Kind.DOCS).map(ContentRoot::sidebar).toList();
        assertEquals(List.of(new SidebarPath.File(site.resolve("sidebars.js")),
                new SidebarPath.File(site.resolve("versioned_sidebars/version-2.0-sidebars.json")),
                new SidebarPath.File(site.resolve("versioned_sidebars/version-1.0-sidebars.json"))), sidebars);
    }

    @Test
    void lastVersionCurrentPutsTheCurrentVersionAtTheRouteAndEveryReleasedOneIsUnmaintained() throws Exception {
        assertEquals(List.of(
                "/docs ← docs (current, Next, NONE, badge, last)",
                "/docs/2.0 ← versioned_docs/version-2.0 (2.0, 2.0, UNMAINTAINED, badge)",
                "/docs/1.0 ← versioned_docs/version-1.0 (1.0, 1.0, UNMAINTAINED, badge)"),
                roots("lastVersion: 'current'"));
    }

    @Test
    void anOlderLastVersionMakesTheNewerOnesUnreleased() throws Exception {
        assertEquals(List.of(
                "/docs/next ← docs (current, Next, UNRELEASED, badge)",
                "/docs/2.0 ← versioned_docs/version-2.0 (2.0, 2.0, UNRELEASED, badge)",
                "/docs ← versioned_docs/version-1.0 (1.0, 1.0, NONE, badge, last)"), roots("lastVersion: '1.0'"));
    }

    @Test
    void onlyIncludeVersionsKeepsTheirOrderAndTheLastIsTheNewestReleasedOneKept() throws Exception {
        assertEquals(List.of(
                "/docs/next ← docs (current, Next, UNRELEASED, badge)",
                "/docs ← versioned_docs/version-1.0 (1.0, 1.0, NONE, badge, last)"),
                roots("onlyIncludeVersions: ['1.0', 'current']"));
    }

    @Test
    void withoutTheCurrentVersionTheNewestReleasedOneIsLast() throws Exception {
        assertEquals(List.of(
                "/docs ← versioned_docs/version-2.0 (2.0, 2.0, NONE, badge, last)",
                "/docs/1.0 ← versioned_docs/version-1.0 (1.0, 1.0, UNMAINTAINED, badge)"),
                roots("includeCurrentVersion: false"));
    }

    @Test
    void aSingleVersionShowsNoBadge() throws Exception {
        assertEquals(List.of("/docs ← versioned_docs/version-2.0 (2.0, 2.0, NONE, last)"),
                roots("onlyIncludeVersions: ['2.0']"));
    }

    @Test
    void theVersionsOptionSetsLabelPathBannerBadgeClassNameAndNoIndex() throws Exception {
        Path site = VersionedSite.create(dir, """
                versions: {
                  current: {label: 'Canary 🚧', path: 'canary', banner: 'none', badge: false},
                  '1.0': {label: 'Legacy', banner: 'unreleased', className: 'old-docs', noIndex: true},
                }""");
        List<ContentRoot> roots = VersionedSite.config(site).contentRoots();
        assertEquals(List.of("/docs/canary ← docs (current, Canary 🚧, NONE)",
                "/docs ← versioned_docs/version-2.0 (2.0, 2.0, NONE, badge, last)",
                "/docs/1.0 ← versioned_docs/version-1.0 (1.0, Legacy, UNRELEASED, badge)"),
                roots.stream().filter(r -> r.kind() == ContentRoot.Kind.DOCS).map(r -> describe(site, r)).toList());
        DocsVersion legacy = roots.get(2).version().orElseThrow();
        assertEquals("old-docs", legacy.className());
        assertEquals(true, legacy.noIndex());
        assertEquals("docs-version-2.0", roots.get(1).version().orElseThrow().className());
    }

    @Test
    void aSiteWithoutVersionsHasTheCurrentVersionAloneAtTheRoute() throws Exception {
        Path site = VersionedSite.create(dir, "");
        Files.delete(site.resolve("versions.json"));
        assertEquals(List.of("/docs ← docs (current, Next, NONE, last)"), VersionedSite.config(site).contentRoots()
                .stream().filter(r -> r.kind() == ContentRoot.Kind.DOCS).map(r -> describe(site, r)).toList());
    }

    @Test
    void invalidVersionOptionsAreConfigurationErrorsNamingTheOption() throws Exception {
        assertEquals("docusaurus.config.js: error: presets[0][1].docs.lastVersion: '3.0' is no version. Available version"
                + " names are: current, 2.0, 1.0", error("lastVersion: '3.0'"));
        assertEquals("docusaurus.config.js: error: presets[0][1].docs.onlyIncludeVersions: unknown version '0.9'. Available"
                + " version names are: current, 2.0, 1.0", error("onlyIncludeVersions: ['2.0', '0.9']"));
        assertEquals("docusaurus.config.js: error: presets[0][1].docs.lastVersion: if you use both \"onlyIncludeVersions\""
                + " and \"lastVersion\", then \"lastVersion\" must be present in the \"onlyIncludeVersions\" array",
                error("onlyIncludeVersions: ['2.0'], lastVersion: '1.0'"));
        assertEquals("docusaurus.config.js: error: presets[0][1].docs.versions: unknown version '3.0'. Available version"
                + " names are: current, 2.0, 1.0", error("versions: {'3.0': {label: 'Three'}}"));
        assertEquals("docusaurus.config.js: error: presets[0][1].docs.versions.2.0.banner: must be 'none', 'unreleased' or"
                + " 'unmaintained', not 'old'", error("versions: {'2.0': {banner: 'old'}}"));
    }

    @Test
    void aBrokenVersionsFileOrAMissingVersionFolderIsAConfigurationError() throws Exception {
        Path site = VersionedSite.create(dir, "");
        Files.writeString(site.resolve("versions.json"), "{\"2.0\": true}");
        assertEquals("versions.json: error: should contain an array of version names, not an object",
                assertThrows(ConfigException.class, () -> VersionedSite.config(site)).getMessage());
        Files.writeString(site.resolve("versions.json"), "[\"3.0\", \"2.0\"]");
        assertEquals("docusaurus.config.js: error: the docs folder of version '3.0' of the docs plugin 'default' does not"
                + " exist (versioned_docs/version-3.0); create it or remove the version from its versions file",
                assertThrows(ConfigException.class, () -> VersionedSite.config(site)).getMessage());
    }

    private String error(String options) throws Exception {
        Path site = VersionedSite.create(dir.resolve(Integer.toHexString(options.hashCode())), options);
        return assertThrows(ConfigException.class, () -> VersionedSite.config(site)).getMessage();
    }
}
