package dev.docsite.docusaurus;

import dev.docsite.js.JsRuntime;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What a Docusaurus site's {@code docusaurus.config.*} says, with Docusaurus's defaults applied. Built with
 * {@link #builder()}.
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

    /** A builder with every value absent, no favicon, no trailing-slash setting and empty lists. */
    public static Builder builder() {
        return new Builder();
    }

    /** Releases the engine; {@link EditUrl.Computed} of this site can no longer be called afterwards. */
    @Override
    public void close() {
        scripts.close();
    }

    /** Builds a {@link DocusaurusSite} field by field; fields not set keep the defaults of {@link #builder()}. */
    public static final class Builder {
        private Path siteDir;
        private Path configFile;
        private String title;
        private String tagline;
        private String url;
        private String baseUrl;
        private Optional<Boolean> trailingSlash = Optional.empty();
        private Optional<String> favicon = Optional.empty();
        private BrokenLinkPolicy brokenLinks;
        private List<String> staticDirectories = List.of();
        private MarkdownOptions markdown;
        private ThemeConfig theme;
        private ContentPlugins plugins;
        private List<PluginReference> unknownPlugins = List.of();
        private List<String> missingModules = List.of();
        private Map<String, Object> raw = Map.of();
        private JsRuntime scripts;

        private Builder() {
        }

        public Builder siteDir(Path value) { this.siteDir = value; return this; }
        public Builder configFile(Path value) { this.configFile = value; return this; }
        public Builder title(String value) { this.title = value; return this; }
        public Builder tagline(String value) { this.tagline = value; return this; }
        public Builder url(String value) { this.url = value; return this; }
        public Builder baseUrl(String value) { this.baseUrl = value; return this; }
        public Builder trailingSlash(Optional<Boolean> value) { this.trailingSlash = value; return this; }
        public Builder favicon(Optional<String> value) { this.favicon = value; return this; }
        public Builder brokenLinks(BrokenLinkPolicy value) { this.brokenLinks = value; return this; }
        public Builder staticDirectories(List<String> value) { this.staticDirectories = value; return this; }
        public Builder markdown(MarkdownOptions value) { this.markdown = value; return this; }
        public Builder theme(ThemeConfig value) { this.theme = value; return this; }
        public Builder plugins(ContentPlugins value) { this.plugins = value; return this; }
        public Builder unknownPlugins(List<PluginReference> value) { this.unknownPlugins = value; return this; }
        public Builder missingModules(List<String> value) { this.missingModules = value; return this; }
        public Builder raw(Map<String, Object> value) { this.raw = value; return this; }
        public Builder scripts(JsRuntime value) { this.scripts = value; return this; }

        public DocusaurusSite build() {
            return new DocusaurusSite(siteDir, configFile, title, tagline, url, baseUrl, trailingSlash, favicon,
                    brokenLinks, staticDirectories, markdown, theme, plugins, unknownPlugins, missingModules, raw,
                    scripts);
        }
    }
}
