package dev.docsite.js;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsRuntimeTest {
    @TempDir
    Path dir;
    Path site;
    JsRuntime runtime;

    @BeforeEach
    void open() throws IOException {
        site = Files.createDirectories(dir.resolve("site"));
        runtime = JsRuntime.open(ReadRoots.of(site), Map.of("DEPLOY_URL", "https://deploy.example.com"));
    }

    @AfterEach
    void close() {
        runtime.close();
    }

    private Path write(String name, String code) throws IOException {
        Path file = site.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, code);
    }

    @Test
    void commonJsModuleExportsWithRequirePathDirnameTemplateLiteralsAndEnvironment() throws Exception {
        write("lib/name.js", "exports.name = 'lib';\n");
        Path config = write("config.js", """
                const path = require('node:path');
                const {name} = require('./lib/name');
                module.exports = {
                  name,
                  file: path.basename(__filename),
                  dir: path.relative(__dirname, path.join(__dirname, 'a', '..', 'b')),
                  url: `${process.env.DEPLOY_URL}/x`,
                  unset: process.env.NOT_SET === undefined,
                  cwd: process.cwd() === __dirname,
                  numbers: [1, 2.5],
                };
                """);
        assertEquals(Map.of("name", "lib", "file", "config.js", "dir", "b", "url", "https://deploy.example.com/x",
                "unset", true, "cwd", true, "numbers", List.of(1L, 2.5)), runtime.evaluate(config));
    }

    @Test
    void objectKeysKeepTheirOrderAndUndefinedMembersAreLeftOut() throws Exception {
        Path config = write("config.js", "module.exports = {b: 1, a: 2, gone: undefined, nothing: null};\n");
        Map<?, ?> value = (Map<?, ?>) runtime.evaluate(config);
        assertEquals(List.of("b", "a", "nothing"), List.copyOf(value.keySet()));
    }

    @Test
    void esModuleDefaultExportAndPromiseIsAwaited() throws Exception {
        write("part.mjs", "export const answer = 42;\n");
        Path config = write("config.mjs", """
                import {answer} from './part.mjs';
                export default Promise.resolve({answer});
                """);
        assertEquals(Map.of("answer", 42L), runtime.evaluate(config));
    }

    @Test
    void esModuleImportMetaGivesItsFileUrlForCreateRequireAndUrlsRelativeToIt() throws Exception {
        write("website/lib/names.json", "{\"name\": \"lib\"}\n");
        write("package.json", "{\"repository\": \"org/repo\"}\n");
        Path config = write("website/docusaurus.config.js", """
                import fs from "node:fs";
                import { createRequire } from "node:module";
                import { fileURLToPath } from "node:url";
                const require = createRequire(import.meta.url);
                const pkg = JSON.parse(fs.readFileSync(new URL("../package.json", import.meta.url)));
                const here = new URL("./lib/names.json?x=1#top", import.meta.url);
                export default {
                  name: require("./lib/names.json").name,
                  repository: pkg.repository,
                  relative: here.href.substring(here.href.indexOf("/website/")),
                  search: here.search,
                  file: fileURLToPath(import.meta.url).endsWith("/website/docusaurus.config.js"),
                  dirname: import.meta.dirname === fileURLToPath(new URL(".", import.meta.url)).replace(/\\/$/, ""),
                  absolute: new URL("https://example.com/a/b?q#h").pathname,
                  origin: new URL("/docs/intro", "https://example.com/a/").href,
                };
                """);
        assertEquals(Map.of("name", "lib", "repository", "org/repo", "relative", "/website/lib/names.json?x=1#top",
                "search", "?x=1", "file", true, "dirname", true, "absolute", "/a/b",
                "origin", "https://example.com/docs/intro"), runtime.evaluate(config));
    }

    @Test
    void typeScriptTypesAreStrippedBeforeEvaluation() throws Exception {
        Path config = write("config.ts", """
                import type {Config} from '@docusaurus/types';
                interface Extra { flag: boolean }
                const extra: Extra = {flag: true};
                const config = {title: 'typed' as string, extra} satisfies Config;
                export default config;
                """);
        assertEquals(Map.of("title", "typed", "extra", Map.of("flag", true)), runtime.evaluate(config));
        assertEquals(List.of(), runtime.missingModules());
    }

    @Test
    void asyncFunctionsStayCallableWithMapArgumentsAndAreAwaited() throws Exception {
        Path config = write("config.js", """
                module.exports = {
                  editUrl: async ({docPath, meta}) => `https://edit/${docPath}#${meta.line}`,
                };
                """);
        Map<?, ?> value = (Map<?, ?>) runtime.evaluate(config);
        JsFunction editUrl = (JsFunction) value.get("editUrl");
        assertEquals("https://edit/guides/a.md#3", editUrl.call(Map.of("docPath", "guides/a.md", "meta", Map.of("line", 3))));
        assertEquals("editUrl", editUrl.name().orElseThrow());
    }

    @Test
    void missingPackagesAreOpaqueValuesAndListed() throws Exception {
        Path config = write("config.js", """
                const {themes} = require('prism-react-renderer');
                const math = require('remark-math');
                module.exports = {
                  theme: themes.github,
                  plugins: [math, [require('rehype-katex'), {strict: false}]],
                  preset: require.resolve('@docusaurus/preset-classic'),
                  css: require.resolve('./src/css/custom.css'),
                  called: require('remark-math')(),
                };
                """);
        assertEquals(Map.of("theme", new OpaqueValue("prism-react-renderer.themes.github"),
                "plugins", List.of(new OpaqueValue("remark-math"), List.of(new OpaqueValue("rehype-katex"), Map.of("strict", false))),
                "preset", "@docusaurus/preset-classic",
                "css", site.resolve("src/css/custom.css").toString(),
                "called", new OpaqueValue("remark-math()")), runtime.evaluate(config));
        assertEquals(List.of("prism-react-renderer", "remark-math", "rehype-katex"), runtime.missingModules());
    }

    /** Jest's {@code src/prism/themeLight.js}: a missing package's values spread, iterate and construct. */
    @Test
    void opaqueValuesIterateAsEmptyAndSpreadAsEmpty() throws Exception {
        Path config = write("config.mjs", """
                import * as yaml from 'js-yaml';
                import {themes} from 'prism-react-renderer';
                const base = themes.github;
                const styles = [...base.styles, {types: ['string']}];
                const seen = [];
                for (const style of base.styles) seen.push(style);
                export default {
                  loaded: yaml.load('a: 1'),
                  plain: Object.assign(base.plain, {backgroundColor: '#f6f6f6'}),
                  styles,
                  seen,
                  spread: {...base, own: 'yes'},
                  keys: Object.keys(base),
                  made: new themes.Theme(),
                  text: `${base}`,
                };
                """);
        assertEquals(Map.of("loaded", new OpaqueValue("js-yaml.load()"),
                "plain", new OpaqueValue("prism-react-renderer.themes.github.plain"),
                "styles", List.of(Map.of("types", List.of("string"))),
                "seen", List.of(),
                "spread", Map.of("own", "yes"),
                "keys", List.of(),
                "made", new OpaqueValue("new prism-react-renderer.themes.Theme()"),
                "text", "prism-react-renderer.themes.github"), runtime.evaluate(config));
        assertEquals(List.of("js-yaml", "prism-react-renderer"), runtime.missingModules());
    }

    @Test
    void fsReadsInsideTheSiteFolder() throws Exception {
        write("docs/b.md", "# B\n");
        write("docs/a.md", "# A\n");
        Path config = write("config.js", """
                const fs = require('fs');
                const path = require('path');
                const docs = path.join(__dirname, 'docs');
                module.exports = {
                  files: fs.readdirSync(docs),
                  dirs: fs.readdirSync(__dirname, {withFileTypes: true}).filter((e) => e.isDirectory()).map((e) => e.name),
                  text: fs.readFileSync(path.join(docs, 'a.md'), 'utf8'),
                  exists: [fs.existsSync(docs), fs.existsSync(path.join(docs, 'c.md')), fs.existsSync('/etc/passwd')],
                };
                """);
        assertEquals(Map.of("files", List.of("a.md", "b.md"), "dirs", List.of("docs"), "text", "# A\n",
                "exists", List.of(true, false, false)), runtime.evaluate(config));
    }

    @Test
    void readingOutsideTheAllowedFoldersIsRefusedAtTheReadingLine() throws Exception {
        Files.writeString(dir.resolve("secret.txt"), "secret");
        Path config = write("config.js", """
                const fs = require('fs');
                module.exports = {
                  secret: fs.readFileSync(__dirname + '/../secret.txt', 'utf8'),
                };
                """);
        JsException error = assertThrows(JsException.class, () -> runtime.evaluate(config));
        assertEquals(config + ":3:11: Error: reading " + dir.resolve("secret.txt") + " is not allowed: it is outside the "
                + "folders the site may read (" + site.toRealPath() + ")", error.getMessage());
    }

    @Test
    void anAllowListedFolderOutsideTheSiteMayBeRead() throws Exception {
        Path docs = Files.createDirectories(dir.resolve("docs"));
        Files.writeString(docs.resolve("intro.md"), "# Intro\n");
        Path config = write("config.js", "module.exports = require('fs').readdirSync(require('path').join(__dirname, '../docs'));\n");
        try (JsRuntime wider = JsRuntime.open(ReadRoots.of(site).plus(List.of(docs)), Map.of())) {
            assertEquals(List.of("intro.md"), wider.evaluate(config));
        }
    }

    @Test
    void requiringAFileOutsideTheSiteIsRefused() throws Exception {
        Files.writeString(dir.resolve("other.js"), "module.exports = 1;\n");
        Path config = write("config.js", "\nmodule.exports = require('../other.js');\n");
        JsException error = assertThrows(JsException.class, () -> runtime.evaluate(config));
        assertEquals(config + ":2:18: Error: reading " + dir.resolve("other.js") + " is not allowed: it is outside the "
                + "folders the site may read (" + site.toRealPath() + ")", error.getMessage());
    }

    @Test
    void noProcessesNoJavaClassesNoNetworkBuiltins() throws Exception {
        Path config = write("config.js", """
                const child = require('child_process');
                module.exports = {
                  java: typeof Java,
                  polyglot: typeof Polyglot,
                  load: typeof load,
                  exec: child.execSync('id'),
                  fetch: typeof fetch,
                  javaPackage: typeof java,
                };
                """);
        assertEquals(Map.of("java", "undefined", "polyglot", "undefined", "load", "undefined",
                "exec", new OpaqueValue("child_process.execSync()"), "fetch", "undefined", "javaPackage", "undefined"), runtime.evaluate(config));
    }

    @Test
    void syntaxErrorNamesFileLineAndColumn() throws Exception {
        Path config = write("config.js", "module.exports = {\n  title: 'x'\n  url: 'y',\n};\n");
        JsException error = assertThrows(JsException.class, () -> runtime.evaluate(config));
        assertEquals(config + ":3:3: SyntaxError: Expected comma but found ident", error.getMessage());
        assertEquals(3, error.line());
    }

    @Test
    void typeScriptSyntaxErrorNamesFileLineAndColumn() throws Exception {
        Path config = write("config.ts", "const a: number = 1;\nconst b = {c: };\nexport default b;\n");
        JsException error = assertThrows(JsException.class, () -> runtime.evaluate(config));
        assertEquals(config + ":2:15: SyntaxError: Unexpected token", error.getMessage());
    }

    @Test
    void anExceptionInARejectedPromiseIsLocatedWhereItWasThrown() throws Exception {
        Path config = write("config.js", """
                module.exports = async function createConfig() {
                  await null;
                  throw new TypeError('no config today');
                };
                """);
        JsFunction create = (JsFunction) runtime.evaluate(config);
        JsException error = assertThrows(JsException.class, create::call);
        assertEquals(config + ":3:9: TypeError: no config today", error.getMessage());
    }

    @Test
    void aMissingRelativeModuleIsAnError() throws Exception {
        Path config = write("config.js", "module.exports = require('./nope');\n");
        JsException error = assertThrows(JsException.class, () -> runtime.evaluate(config));
        assertEquals(config + ":1:18: Error: Cannot find module './nope' from '" + config + "'", error.getMessage());
    }

    @Test
    void anEndlessLoopIsStopped() throws Exception {
        Path config = write("config.js", "while (true) {}\n");
        try (JsRuntime limited = new JsRuntime(ReadRoots.of(site), Map.of(), 500)) {
            JsException error = assertThrows(JsException.class, () -> limited.evaluate(config));
            assertEquals(config + ": the script ran longer than 0.5 s and was stopped (an endless loop?)", error.getMessage());
        }
    }

    @Test
    void functionsMayBeCalledFromSeveralThreads() throws Exception {
        Path config = write("config.js", "module.exports = {editUrl: ({docPath}) => 'https://edit/' + docPath};\n");
        JsFunction editUrl = (JsFunction) ((Map<?, ?>) runtime.evaluate(config)).get("editUrl");
        List<String> paths = java.util.stream.IntStream.range(0, 40).mapToObj(i -> "doc" + i + ".md").toList();
        List<Object> urls = paths.parallelStream().map(path -> {
            try {
                return editUrl.call(Map.of("docPath", path));
            } catch (JsException e) {
                return e.getMessage();
            }
        }).toList();
        assertEquals(paths.stream().map(path -> "https://edit/" + path).toList(), urls);
    }
}
