package dev.docsite.site;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docsite.config.ConfigException;
import dev.docsite.config.ConfigOverrides;
import dev.docsite.config.ConfigSource;
import dev.docsite.config.SiteConfig;
import dev.docsite.problem.Problem;
import dev.docsite.testing.TestSite;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The docs plugin's tags file and {@code onInlineTags} (Docusaurus 3.4+, {@code docusaurus-utils-validation}'s
 * {@code tagsFile.ts}): a tag's label, description and permalink come from {@code tags.yml} in the docs folder (the
 * label defaulting to the capitalised key, the permalink to the kebab-cased key); a doc's tag the file does not define
 * is reported as {@code onInlineTags} says.
 */
class DocsTagsFileTest {

    @TempDir
    Path site;

    private void write(String docsOptions) throws Exception {
        Files.writeString(site.resolve("docusaurus.config.js"), "module.exports = {title: 'Tags', url:"
                + " 'https://tags.example.com', baseUrl: '/', presets: [['classic', {blog: false, docs: {"
                + docsOptions + "}}]]};\n");
        Files.createDirectories(site.resolve("docs"));
        Files.writeString(site.resolve("docs/tags.yml"), """
                release:
                  label: Release notes
                  description: What changed in each release
                  permalink: /releases
                security:
                """);
        Files.writeString(site.resolve("docs/intro.md"), "---\ntags: [release, security, Getting Started]\n---\n"
                + "# Intro\n\nText.\n");
        Files.writeString(site.resolve("docs/notes.md"), "---\ntags: [release]\n---\n# Notes\n\nText.\n");
    }

    private List<Problem> build(Path out) throws Exception {
        SiteConfig config = ConfigSource.load(site, ConfigOverrides.none()).toBuilder().outDir(out).build();
        return new SiteBuilder(config, TestSite.CLOCK).build(SiteBuilder.Mode.BUILD).problems();
    }

    @Test
    void labelsDescriptionsAndPermalinksComeFromTheTagsFile() throws Exception {
        write("");
        Path out = site.resolve("out");
        assertEquals(List.of("docs/intro.md:2: warning: tags [Getting Started] are not defined in tags.yml; add"
                + " them to it, or set the docs plugin's onInlineTags to 'ignore' [tags]"),
                build(out).stream().map(Problem::format).toList());
        Document intro = Jsoup.parse(out.resolve("docs/intro/index.html").toFile(), "UTF-8");
        assertEquals(List.of("Release notes ../../docs/tags/releases/", "Security ../../docs/tags/security/",
                        "Getting Started ../../docs/tags/getting-started/"),
                intro.select(".tags .tag a").stream().map(a -> a.text() + " " + a.attr("href")).toList());
        Document release = Jsoup.parse(out.resolve("docs/tags/releases/index.html").toFile(), "UTF-8");
        assertEquals("2 docs tagged with \u201cRelease notes\u201d", release.selectFirst("h1").text());
        assertEquals("What changed in each release", release.selectFirst("p.tag-description").text());
        assertEquals("What changed in each release", release.selectFirst("meta[name=description]").attr("content"));
        Document index = Jsoup.parse(out.resolve("docs/tags/index.html").toFile(), "UTF-8");
        assertEquals(List.of("Getting Started 1", "Release notes 2", "Security 1"),
                index.select(".tags-index .tag a").eachText());
    }

    @Test
    void onInlineTagsThrowIsAnErrorAndIgnoreSaysNothing() throws Exception {
        write("onInlineTags: 'throw'");
        assertEquals(List.of("docs/intro.md:2: error: tags [Getting Started] are not defined in tags.yml; add"
                + " them to it, or set the docs plugin's onInlineTags to 'ignore' [tags]"),
                build(site.resolve("out")).stream().map(Problem::format).toList());
        write("onInlineTags: 'ignore'");
        assertEquals(List.of(), build(site.resolve("out2")));
    }

    @Test
    void aTagsFileTheOptionNamesMustExist() throws Exception {
        write("tags: 'missing.yml'");
        ConfigException e = assertThrows(ConfigException.class, () -> build(site.resolve("out")));
        assertEquals("docusaurus.config.js: error: presets[0][1].docs.tags: no tags file 'missing.yml' in the docs folder ("
                + site.toRealPath().resolve("docs/missing.yml") + ")", e.getMessage());
    }
}
