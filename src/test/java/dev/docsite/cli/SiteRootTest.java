package dev.docsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docsite.testing.TestSite;
import dev.docsite.testing.TreeCopy;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * The content, static, templates, report and feed paths stay inside the site root (issue 19, item 8): one outside
 * it is a configuration error (exit 2) naming the setting, the path and the flag that allows it, and nothing is
 * built; {@code --allow-outside PATH} or {@code allow_outside:} in site.yml allows it. A Docusaurus site's root is
 * its git repository, so its {@code ../docs} and the files its configuration reads there are inside.
 */
class SiteRootTest {

    @TempDir
    Path dir;

    private final StringWriter err = new StringWriter();

    private int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        return cl.execute(args);
    }

    private TestSite site(String siteYml) {
        TestSite site = new TestSite(dir.resolve("site"));
        site.file("site.yml", "title: R\n" + siteYml).page("index.md", "title: Home", "Hi\n");
        return site;
    }

    private Path outside(String name) throws IOException {
        return Files.createDirectories(dir.resolve(name));
    }

    private String refusal(String setting, Path path) {
        return "docsite: " + setting + ": " + path + " is outside the site root " + dir.resolve("site")
                + "; move it into the site root, or allow it with --allow-outside " + path
                + " (or 'allow_outside: [" + path + "]' in site.yml)\n";
    }

    private void assertRefused(TestSite site, String setting, Path path, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "build";
        all[1] = "--site";
        all[2] = site.root().toString();
        System.arraycopy(args, 0, all, 3, args.length);
        assertEquals(2, run(all));
        assertEquals(refusal(setting, path), err.toString());
        assertEquals(false, Files.exists(site.out()), "nothing was built");
        err.getBuffer().setLength(0);
    }

    private void assertBuilt(TestSite site, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = "build";
        all[1] = "--site";
        all[2] = site.root().toString();
        System.arraycopy(args, 0, all, 3, args.length);
        assertEquals(0, run(all), err.toString());
        assertEquals(true, Files.isRegularFile(site.out().resolve("index.html")));
    }

    @Test
    void contentOutsideIsRefusedUnlessAllowed() throws IOException {
        Path docs = outside("docs");
        Files.writeString(docs.resolve("index.md"), "---\ntitle: Outside\n---\nHi\n");
        assertRefused(site(""), "--content", docs, "--content", docs.toString());
        assertBuilt(site(""), "--content", docs.toString(), "--allow-outside", docs.toString());
    }

    @Test
    void contentInSiteYmlOutsideIsRefusedUnlessSiteYmlAllowsIt() throws IOException {
        Path docs = outside("docs");
        Files.writeString(docs.resolve("index.md"), "---\ntitle: Outside\n---\nHi\n");
        assertRefused(site("content: " + docs + "\n"), "site.yml: content", docs);
        assertBuilt(site("content: " + docs + "\nallow_outside: [../docs]\n"));
    }

    @Test
    void staticOutsideIsRefusedUnlessAllowed() throws IOException {
        Path assets = outside("x");
        assertRefused(site("static: ../x\n"), "site.yml: static", assets);
        assertRefused(site(""), "--static", assets, "--static", assets.toString());
        assertBuilt(site("static: ../x\n"), "--allow-outside", assets.toString());
    }

    @Test
    void aStaticFolderThatIsASymbolicLinkToOutsideIsRefused() throws IOException {
        Path target = outside("elsewhere");
        TestSite site = site("");
        Files.createSymbolicLink(site.root().resolve("static"), target);
        Path link = site.root().resolve("static");
        assertEquals(2, run("build", "--site", site.root().toString()));
        assertEquals("docsite: site.yml: static: " + link + " is outside the site root " + site.root() + " (it is "
                + target.toRealPath() + "); move it into the site root, or allow it with --allow-outside " + link
                + " (or 'allow_outside: [" + link + "]' in site.yml)\n", err.toString());
    }

    @Test
    void templatesOutsideAreRefusedUnlessAllowed() throws IOException {
        Path templates = outside("t");
        assertRefused(site(""), "--templates", templates, "--templates", templates.toString());
        assertRefused(site("templates: ../t\n"), "site.yml: templates", templates);
        assertBuilt(site(""), "--templates", templates.toString(), "--allow-outside", templates.toString());
    }

    @Test
    void aReportOutsideIsRefusedUnlessAllowed() throws IOException {
        Path report = dir.resolve("report.json");
        assertRefused(site(""), "--report", report, "--report", report.toString());
        assertRefused(site("report: ../report.json\n"), "site.yml: report", report);
        assertBuilt(site(""), "--report", report.toString(), "--allow-outside", dir.toString());
        assertEquals(true, Files.isRegularFile(report));
    }

    @Test
    void aFeedOutsideIsRefusedWithoutReadingIt() throws IOException {
        assertRefused(site("kpi:\n  feed: ../../../../../../../../etc/passwd\n"), "site.yml: kpi.feed",
                Path.of("/etc/passwd"));
        Path feed = dir.resolve("feed.json");
        Files.writeString(feed, "{\"generated_at\": \"2026-11-20T08:00:00Z\", \"kpis\": []}");
        assertRefused(site(""), "--feed", feed, "--feed", "../feed.json");
        assertBuilt(site(""), "--feed", "../feed.json", "--allow-outside", feed.toString());
    }

    @Test
    void pathsInsideTheSiteRootNeedNoFlag() {
        TestSite site = site("static: [static, assets/../public]\ntemplates: theme\nreport: reports.json\n");
        assertBuilt(site);
        assertEquals("", err.toString());
    }

    private Path docusaurus(boolean inRepository) throws IOException {
        Path repo = dir.resolve("repo");
        TreeCopy.copy(Path.of("src/test/resources/docusaurus-sites/docs-beside"), repo);
        if (inRepository) {
            Files.createDirectory(repo.resolve(".git"));
        }
        return repo.resolve("website");
    }

    @Test
    void aDocusaurusSiteInARepositoryMayKeepItsDocsBesideIt() throws IOException {
        Path site = docusaurus(true);
        assertEquals(1, run("build", "--site", site.toString()), err.toString()); // its broken Markdown link: exit 1
        assertEquals(false, err.toString().contains("outside the site root"), err.toString());
    }

    @Test
    void aDocusaurusSiteOutsideAnyRepositoryIsItsOwnRoot() throws IOException {
        Path site = docusaurus(false);
        Path docs = site.resolveSibling("docs");
        assertEquals(2, run("check", "--site", site.toString()));
        assertEquals("docsite: docusaurus.config.js: docs plugin 'default' path: " + docs + " is outside the site root "
                + site + "; move it into the site root, or allow it with --allow-outside " + docs
                + " (or 'allow_outside: [" + docs + "]' in site.yml)\n", err.toString());
    }

    @Test
    void aDocusaurusConfigurationReadsFilesOfItsRepository() throws IOException {
        Path repo = dir.resolve("repo");
        Path site = Files.createDirectories(repo.resolve("website"));
        Files.createDirectory(repo.resolve(".git"));
        Files.writeString(repo.resolve("crowdin.yaml"), "Jest from the repository\n");
        Files.writeString(site.resolve("docusaurus.config.js"), """
                const fs = require('fs');
                const path = require('path');
                module.exports = {
                  title: fs.readFileSync(path.resolve(__dirname, '../crowdin.yaml'), 'utf8').trim(),
                  url: 'https://example.com', baseUrl: '/',
                  presets: [['classic', {docs: {path: 'docs'}}]],
                };
                """);
        Files.createDirectories(site.resolve("docs"));
        Files.writeString(site.resolve("docs/intro.md"), "# Intro\n");
        assertEquals(0, run("build", "--site", site.toString(), "--out", site.resolve("build").toString()),
                err.toString());
        String html = Files.readString(site.resolve("build/docs/intro/index.html"));
        assertEquals(true, html.contains("<title>Intro | Jest from the repository</title>"), html);
    }
}
