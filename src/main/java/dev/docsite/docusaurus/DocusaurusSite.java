package dev.docsite.docusaurus;

import dev.docsite.js.JsRuntime;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a Docusaurus site's {@code docusaurus.config.*} says, with Docusaurus's defaults applied.
 *
 * @param siteDir the site folder, absolute
 * @param configFile the configuration file read
 * @param title {@code title}
 * @param tagline {@code tagline}, empty by default
 * @param url {@code url} (the origin, e.g. {@code https://example.com})
 * @param baseUrl {@code baseUrl} with a leading and a trailing slash, as Docusaurus normalises it
 * @param trailingSlash {@code trailingSlash}: absent when undefined (URLs kept as linked)
 * @param favicon {@code favicon}, a path in the static folders or a URL
 * @param brokenLinks what broken links, Markdown links, anchors and images are
 * @param staticDirectories {@code staticDirectories} as written, default {@code ["static"]}
 * @param markdown {@code markdown.format} and {@code markdown.mermaid}
 * @param theme the parts of {@code themeConfig} docsite renders
 * @param plugins the docs, blog and pages plugin instances
 * @param unknownPlugins presets, plugins and themes docsite does not run, each to be named in one warning
 * @param missingModules npm packages and Node built-ins the configuration required that docsite does not provide
 * @param raw the whole evaluated configuration, for options this record does not name
 * @param scripts the engine holding the configuration's functions ({@code editUrl}); closed by {@link #close()}
 */
public record DocusaurusSite(Path siteDir, Path configFile, String title, String tagline, String url, String baseUrl,
        Optional<Boolean> trailingSlash, Optional<String> favicon, BrokenLinkPolicy brokenLinks,
        List<String> staticDirectories, MarkdownOptions markdown, ThemeConfig theme, ContentPlugins plugins,
        List<PluginReference> unknownPlugins, List<String> missingModules, Map<String, Object> raw, JsRuntime scripts)
        implements AutoCloseable {

    /** Releases the engine; {@link EditUrl.Computed} of this site can no longer be called afterwards. */
    @Override
    public void close() {
        scripts.close();
    }
}
