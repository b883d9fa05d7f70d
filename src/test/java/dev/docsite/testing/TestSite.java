package dev.docsite.testing;

import dev.docsite.config.ConfigException;
import dev.docsite.config.ConfigLoader;
import dev.docsite.config.ConfigOverrides;
import dev.docsite.config.SiteConfig;
import dev.docsite.site.BuildResult;
import dev.docsite.site.SiteBuilder;
import dev.docsite.site.SiteModel;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/** A site on disk written by a test, with shortcuts to load, build and read the output. */
public final class TestSite {

    /** The fixed "now" of tests: KPI staleness and elapsed times do not depend on the machine clock. */
    public static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-21T09:00:00Z"), ZoneOffset.UTC);

    private final Path root;

    public TestSite(Path root) {
        this.root = root;
    }

    public Path root() {
        return root;
    }

    public Path out() {
        return root.resolve("site-output");
    }

    /** Writes {@code text} to {@code rel} (relative to the site root), creating folders. */
    public TestSite file(String rel, String text) {
        return bytes(rel, text.getBytes(StandardCharsets.UTF_8));
    }

    public TestSite bytes(String rel, byte[] data) {
        try {
            Path p = root.resolve(rel);
            Files.createDirectories(p.getParent());
            Files.write(p, data);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A page in the content folder with a title and body. */
    public TestSite page(String contentRel, String frontMatter, String body) {
        String fm = frontMatter == null ? "" : "---\n" + frontMatter.strip() + "\n---\n";
        return file("content/" + contentRel, fm + body);
    }

    public SiteConfig config() {
        return config(ConfigOverrides.none());
    }

    public SiteConfig config(ConfigOverrides overrides) {
        try {
            return ConfigLoader.load(root, overrides);
        } catch (ConfigException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public SiteModel load() {
        try {
            return new SiteBuilder(config(), CLOCK).load();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (ConfigException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    public BuildResult build() {
        return build(config());
    }

    public BuildResult build(SiteConfig config) {
        try {
            return new SiteBuilder(config, CLOCK).build(SiteBuilder.Mode.BUILD);
        } catch (ConfigException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Parses an output file. */
    public Document html(String outRel) {
        try {
            return Jsoup.parse(Files.readString(out().resolve(outRel)), "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public String read(String outRel) {
        try {
            return Files.readString(out().resolve(outRel));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
