package dev.docsite.markdown.partial;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Where a partial is read from, and why one is not. */
class SitePartialFilesTest {

    @TempDir
    Path site;

    @Test
    void aPartialOfAnNpmPackageIsNamedByItsPackageAndMarkedAsSuch() {
        SitePartialFiles files = new SitePartialFiles(site, path -> true, path -> site.relativize(path).toString());
        PartialException scoped = assertThrows(PartialException.class, () -> files.read(site.resolve("docs/a.md"),
                "@ionic-internal/component-api/v9/accordion/props.md"));
        assertEquals("the partial '@ionic-internal/component-api/v9/accordion/props.md' comes from the npm package"
                + " '@ionic-internal/component-api', which docsite does not install; write its text into the site to"
                + " have it", scoped.getMessage());
        assertEquals(true, scoped.npmPackage());
        PartialException plain = assertThrows(PartialException.class, () -> files.read(site.resolve("docs/a.md"),
                "shared-docs/intro.md"));
        assertEquals("the partial 'shared-docs/intro.md' comes from the npm package 'shared-docs', which docsite does"
                + " not install; write its text into the site to have it", plain.getMessage());
        PartialException missing = assertThrows(PartialException.class, () -> files.read(site.resolve("docs/a.md"),
                "./_gone.md"));
        assertEquals(false, missing.npmPackage());
    }
}
