package dev.docsite.testing;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.config.ConfigOverrides;
import dev.docsite.config.ConfigSource;
import dev.docsite.config.SiteConfig;
import dev.docsite.site.BuildResult;
import dev.docsite.site.SiteBuilder;
import java.nio.file.Path;

/**
 * A site of {@code src/test/resources/docusaurus-sites/} copied into a test's folder and built with the tests' clock,
 * its output in {@code <dir>/out}; the build must have written its output.
 *
 * @param out    the output folder
 * @param result the build's result, with its problems
 */
public record BuiltFixture(Path out, BuildResult result) {

    /** Copies the fixture {@code name} to {@code <dir>/site} and builds it into {@code <dir>/out}. */
    public static BuiltFixture of(String name, Path dir) throws Exception {
        Path site = dir.resolve("site");
        TreeCopy.copy(Path.of("src/test/resources/docusaurus-sites", name), site);
        Path out = dir.resolve("out");
        SiteConfig config = ConfigSource.load(site, ConfigOverrides.none()).toBuilder().outDir(out).build();
        BuildResult result = new SiteBuilder(config, TestSite.CLOCK).build(SiteBuilder.Mode.BUILD);
        assertTrue(result.written(), result.failure());
        return new BuiltFixture(out, result);
    }
}
