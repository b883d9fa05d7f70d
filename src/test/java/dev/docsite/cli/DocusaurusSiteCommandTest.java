package dev.docsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.docsite.testing.TreeCopy;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * {@code docsite build|check --site DIR} on Docusaurus sites with no other flag: the fixtures under
 * {@code docusaurus-sites/} are written from Docusaurus's documentation. Each expectation names the Docusaurus rule
 * it follows.
 */
class DocusaurusSiteCommandTest {

    private static final Path FIXTURES = Path.of("src/test/resources/docusaurus-sites");

    @TempDir
    Path dir;

    private record Run(int exit, String out, String err) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Path copy(String fixture) throws IOException {
        Path site = dir.resolve(fixture);
        TreeCopy.copy(FIXTURES.resolve(fixture), site);
        return site;
    }

    /** {@code root} made a git repository's folder: a Docusaurus site's root, holding its {@code ../docs}. */
    private static Path repository(Path root) throws IOException {
        Files.createDirectories(root.resolve(".git"));
        return root;
    }

    /** Every page file of the output, as its URL path. */
    private static List<String> routes(Path out) throws IOException {
        try (Stream<Path> files = Files.walk(out)) {
            return files.filter(f -> f.getFileName().toString().equals("index.html"))
                    .map(f -> "/" + out.relativize(f.getParent()).toString().replace('\\', '/'))
                    .sorted().toList();
        }
    }

    @Test
    void docsBesideTheSiteFolderBuildUnderDocsWithTheConfiguredSeverities() throws IOException {
        Path site = repository(copy("docs-beside")).resolve("website");
        Run run = run("check", "--site", site.toString());
        // onBrokenMarkdownLinks (markdown.hooks) 'throw' → error; onBrokenLinks 'warn' → warning;
        // onBrokenAnchors 'ignore' → './guides/setup.md#nowhere' is not reported.
        assertEquals(String.join("\n",
                "../docs/intro.md:10:3: error: no page file './guides/missing.md' (looked for ../docs/guides/missing.md) [broken-link]",
                "../docs/intro.md:10:42: warning: no page matches '/docs/nowhere' [broken-link]",
                "docusaurus.config.js: warning: the plugin '@docusaurus/plugin-ideal-image' is not run by docsite; what it"
                        + " adds to the site (pages, components, scripts) is missing [docusaurus-unsupported]",
                "docusaurus.config.js: warning: 1 React page(s) cannot be rendered and are not built: /"
                        + " (src/pages/index.tsx); links to them are not reported [docusaurus-unsupported]",
                "docsite: check failed: 1 error(s); nothing was written (1 error(s), 3 warning(s))", ""), run.err());
        assertEquals(1, run.exit(), "a 'throw' problem fails the build as it fails Docusaurus's");
    }

    @Test
    void docsBesideTheSiteFolderBuildEveryRouteOnceTheErrorIsFixed() throws IOException {
        Path root = repository(copy("docs-beside"));
        Path intro = root.resolve("docs/intro.md");
        Files.writeString(intro, Files.readString(intro).replace("./guides/missing.md", "./guides/setup.md"));
        Path out = dir.resolve("out");
        Run run = run("build", "--site", root.resolve("website").toString(), "--out", out.toString());
        assertEquals(0, run.exit(), run.err());
        // docs at routeBasePath 'docs' (default), src/pages/help.md at /help, the blog's post blog/welcome.md (no date
        // in its file name: /blog/welcome), its list page and archive; index.tsx and _partial.tsx not built
        assertEquals(List.of("/blog", "/blog/archive", "/blog/welcome", "/docs/guides/setup", "/docs/intro", "/help"),
                routes(out));
        String html = Files.readString(out.resolve("docs/guides/setup/index.html"));
        // editUrl as a function of docPath, called per doc
        assertEquals(1, html.split("href=\"https://github.com/example/beside/edit/main/docs/guides/setup.md\"", -1).length - 1);
    }

    @Test
    void asyncConfigWithDocsAtTheRootBuildsWithoutProblems() throws IOException {
        Path site = copy("docs-at-root");
        Path out = dir.resolve("out");
        Run run = run("build", "--site", site.toString(), "--out", out.toString());
        assertEquals("", run.err());
        assertEquals(0, run.exit());
        // routeBasePath '/', slug '/' on intro.md: the home page; blog: false, no src/pages
        assertEquals(List.of("/", "/reference/api", "/reference/glossary"), routes(out));
        String html = Files.readString(out.resolve("reference/api/index.html"));
        // editUrl as a string: base + the docs folder relative to the site + the doc path
        assertEquals(1, html.split("href=\"https://git.example.com/handbook/edit/main/docs/reference/api.md\"", -1).length - 1);
    }

    @Test
    void typescriptConfigBuildsTheBlogKnowsReactRoutesAndFailsOnAThrownAnchor() throws IOException {
        Path site = copy("typescript");
        Run run = run("check", "--site", site.toString());
        // /releases (the blog's list page) and /showcase (src/pages/showcase.js) are routes; /changelog is
        // src/pages/changelog.mdx. onBrokenAnchors 'throw' → error.
        assertEquals(String.join("\n",
                "docs/intro.md:4:9: error: '#nowhere' is not a heading or element id of this page [broken-anchor]",
                "docusaurus.config.ts: warning: 1 React page(s) cannot be rendered and are not built: /showcase"
                        + " (src/pages/showcase.js); links to them are not reported [docusaurus-unsupported]",
                "docsite: check failed: 1 error(s); nothing was written (1 error(s), 1 warning(s))", ""), run.err());
        assertEquals(1, run.exit());
    }

    @Test
    void aSyntaxErrorIsAConfigurationErrorAtItsLine() throws IOException {
        Path site = copy("syntax-error");
        Run run = run("check", "--site", site.toString());
        assertEquals("docusaurus.config.js:5:52: error: SyntaxError: Expected comma but found ]\n", run.err());
        assertEquals(2, run.exit());
    }

    @Test
    void readingAFileOutsideTheSiteFolderIsRefused() throws IOException {
        Path site = copy("reads-outside").resolve("site");
        Run run = run("check", "--site", site.toString());
        assertEquals("docusaurus.config.js:4:10: error: Error: reading " + site.getParent().toRealPath().resolve("secret.txt")
                + " is not allowed: it is outside the folders the site may read (" + site.toRealPath() + ")\n", run.err());
        assertEquals(2, run.exit());
    }

    @Test
    void aSiteYmlBesideTheConfigAddsDocsiteKeysButNotTheSiteIdentity() throws IOException {
        Path site = copy("docs-at-root");
        Files.writeString(site.resolve("site.yml"), "out: public\nparams: {team: docs}\n");
        Run built = run("build", "--site", site.toString());
        assertEquals(0, built.exit(), built.err());
        assertEquals(List.of("/", "/reference/api", "/reference/glossary"), routes(site.resolve("public")));

        Files.writeString(site.resolve("site.yml"), "title: Other\n");
        Run refused = run("check", "--site", site.toString());
        assertEquals("site.yml: error: title: comes from docusaurus.config.js in a Docusaurus site; a site.yml beside"
                + " it holds only docsite's own keys (kpi, links, out, strict, report, params, templates, known_routes):"
                + " remove 'title' from site.yml\n", refused.err());
        assertEquals(2, refused.exit());
    }

    @Test
    void contentAndStaticFlagsDoNotApplyToADocusaurusSite() throws IOException {
        Path site = copy("docs-at-root");
        Run run = run("check", "--site", site.toString(), "--content", "docs");
        assertEquals("docsite: --content does not apply to a Docusaurus site: its docs and static folders come from its"
                + " docusaurus.config file\n", run.err());
        assertEquals(2, run.exit());
    }
}
