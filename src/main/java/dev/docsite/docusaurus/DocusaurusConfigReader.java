package dev.docsite.docusaurus;

import dev.docsite.js.JsException;
import dev.docsite.js.JsFunction;
import dev.docsite.js.JsRuntime;
import dev.docsite.js.ReadRoots;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads a Docusaurus site's configuration: evaluates {@code docusaurus.config.{js,mjs,cjs,ts}} in the sandboxed
 * engine (reading only inside the site folder), calls it when it exports a function, awaits it when it is a
 * promise, and maps the result to a {@link DocusaurusSite} with Docusaurus's defaults.
 */
public final class DocusaurusConfigReader {
    /** The file names Docusaurus looks for, in its order. */
    public static final List<String> CONFIG_FILES = List.of("docusaurus.config.ts", "docusaurus.config.mts",
            "docusaurus.config.cts", "docusaurus.config.js", "docusaurus.config.mjs", "docusaurus.config.cjs");

    private DocusaurusConfigReader() {
    }

    /** The configuration file of {@code siteDir}, if it has one. */
    public static Optional<Path> find(Path siteDir) {
        for (String name : CONFIG_FILES) {
            Path candidate = siteDir.resolve(name);
            if (Files.isRegularFile(candidate)) {
                return Optional.of(candidate.toAbsolutePath().normalize());
            }
        }
        return Optional.empty();
    }

    /**
     * Reads the configuration of {@code siteDir}, with the process environment as {@code process.env}.
     *
     * @throws DocusaurusConfigException when there is no configuration file, it cannot be evaluated, or a value in
     *     it is not what Docusaurus accepts
     */
    public static DocusaurusSite read(Path siteDir) throws DocusaurusConfigException {
        return read(siteDir, System.getenv());
    }

    /** As {@link #read(Path)}, with {@code environment} as {@code process.env}. */
    public static DocusaurusSite read(Path siteDir, Map<String, String> environment) throws DocusaurusConfigException {
        Path site = siteDir.toAbsolutePath().normalize();
        Path file = find(site).orElseThrow(() -> new DocusaurusConfigException(site, "",
                "no docusaurus.config.js (or .mjs, .cjs, .ts) in this folder"));
        // The site folder is the scripts' working directory; they may read anything of the site root (its repository).
        JsRuntime runtime = JsRuntime.open(ReadRoots.of(site).plus(List.of(DocusaurusRoot.of(site))), environment);
        try {
            Object exported = runtime.evaluate(file);
            Object config = exported instanceof JsFunction function ? function.call() : exported;
            DocusaurusSite result = map(site, file, Fields.of(config, "", file), runtime);
            return result;
        } catch (JsException e) {
            runtime.close();
            throw new DocusaurusConfigException(file, e);
        } catch (DocusaurusConfigException | RuntimeException e) {
            runtime.close();
            throw e;
        }
    }

    private static DocusaurusSite map(Path site, Path file, Fields config, JsRuntime runtime) throws DocusaurusConfigException {
        if (!config.has("title")) {
            throw config.error("title", "is required (Docusaurus refuses a configuration without it)");
        }
        String baseUrl = config.required("baseUrl");
        baseUrl = (baseUrl.startsWith("/") ? "" : "/") + baseUrl + (baseUrl.endsWith("/") ? "" : "/");
        Fields markdown = config.object("markdown").orElse(new Fields(Map.of(), "markdown", file));
        Fields hooks = markdown.object("hooks").orElse(new Fields(Map.of(), "markdown.hooks", file));
        ReportingSeverity markdownLinks = ReportingSeverity.parse(hooks, "onBrokenMarkdownLinks",
                ReportingSeverity.parse(config, "onBrokenMarkdownLinks", ReportingSeverity.WARN));
        BrokenLinkPolicy policy = new BrokenLinkPolicy(ReportingSeverity.parse(config, "onBrokenLinks", ReportingSeverity.THROW),
                markdownLinks, ReportingSeverity.parse(config, "onBrokenAnchors", ReportingSeverity.WARN),
                ReportingSeverity.parse(hooks, "onBrokenMarkdownImages", ReportingSeverity.THROW));
        String format = markdown.string("format", "mdx");
        if (!List.of("mdx", "md", "detect").contains(format)) {
            throw markdown.error("format", "must be 'mdx', 'md' or 'detect', not '" + format + "'");
        }
        List<PluginReference> unknown = new ArrayList<>();
        ContentPlugins plugins = PluginsReader.read(config, site, unknown);
        return DocusaurusSite.builder()
                .siteDir(site)
                .configFile(file)
                .title(config.required("title"))
                .tagline(config.string("tagline", ""))
                .url(config.required("url"))
                .baseUrl(baseUrl)
                .trailingSlash(config.bool("trailingSlash"))
                .favicon(config.string("favicon"))
                .brokenLinks(policy)
                .staticDirectories(config.strings("staticDirectories").orElse(List.of("static")))
                .markdown(new MarkdownOptions(format, markdown.bool("mermaid", false)
                        || PluginsReader.hasMermaidTheme(config), RemarkPlugins.include(plugins, "remark-math")))
                .theme(ThemeConfigReader.read(config))
                .plugins(plugins)
                .unknownPlugins(List.copyOf(unknown))
                .missingModules(runtime.missingModules())
                .raw(config.values())
                .scripts(runtime)
                .build();
    }
}
