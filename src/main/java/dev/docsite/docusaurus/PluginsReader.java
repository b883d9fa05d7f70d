package dev.docsite.docusaurus;

import dev.docsite.js.JsFunction;
import dev.docsite.js.OpaqueValue;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code presets}, {@code plugins} and {@code themes}: the content plugin instances docsite builds, and every
 * other entry as a {@link PluginReference} to warn about. Entries are written as a module name, a
 * {@code [name, options]} pair, {@code require.resolve(name)} or a function; {@code false}/{@code null} entries are
 * skipped, as Docusaurus skips them. Module names are matched with Docusaurus's shorthands ({@code classic},
 * {@code content-docs}, {@code docusaurus-plugin-content-docs}, {@code @docusaurus/plugin-content-docs}).
 */
final class PluginsReader {
    private static final Map<String, String> PRESET_PLUGIN_OPTIONS = Map.of(
            "gtag", "@docusaurus/plugin-google-gtag",
            "googleAnalytics", "@docusaurus/plugin-google-analytics",
            "googleTagManager", "@docusaurus/plugin-google-tag-manager");

    private final Path siteDir;
    private final List<DocsInstance> docs = new ArrayList<>();
    private final List<BlogInstance> blogs = new ArrayList<>();
    private final List<PagesInstance> pages = new ArrayList<>();
    private final List<PluginReference> unknown = new ArrayList<>();

    private PluginsReader(Path siteDir) {
        this.siteDir = siteDir;
    }

    /** The content plugins of {@code config}; {@code unknown} receives the presets, plugins and themes not run. */
    static ContentPlugins read(Fields config, Path siteDir, List<PluginReference> unknownOut) throws DocusaurusConfigException {
        PluginsReader reader = new PluginsReader(siteDir);
        for (Entry preset : entries(config, "presets")) {
            if (isModule(preset.name, "preset", "classic")) {
                reader.classicPreset(preset.options);
            } else {
                reader.unknown.add(new PluginReference("preset", preset.name));
            }
        }
        for (Entry plugin : entries(config, "plugins")) {
            reader.plugin(plugin);
        }
        for (Entry theme : entries(config, "themes")) {
            if (!isModule(theme.name, "theme", "classic") && !isModule(theme.name, "theme", "mermaid")) {
                reader.unknown.add(new PluginReference("theme", theme.name));
            }
        }
        checkUniqueIds(config, "docs", reader.docs.stream().map(DocsInstance::id).toList());
        checkUniqueIds(config, "blog", reader.blogs.stream().map(BlogInstance::id).toList());
        checkUniqueIds(config, "pages", reader.pages.stream().map(PagesInstance::id).toList());
        unknownOut.addAll(reader.unknown);
        return new ContentPlugins(List.copyOf(reader.docs), List.copyOf(reader.blogs), List.copyOf(reader.pages));
    }

    /** Whether {@code config}'s themes include Docusaurus's Mermaid theme (docsite draws its diagrams itself). */
    static boolean hasMermaidTheme(Fields config) throws DocusaurusConfigException {
        for (Entry theme : entries(config, "themes")) {
            if (isModule(theme.name, "theme", "mermaid")) {
                return true;
            }
        }
        return false;
    }

    private void classicPreset(Fields options) throws DocusaurusConfigException {
        if (!Boolean.FALSE.equals(options.get("docs"))) {
            docs.add(docs(options.object("docs").orElse(empty(options.path("docs"), options))));
        }
        if (!Boolean.FALSE.equals(options.get("blog"))) {
            blogs.add(blog(options.object("blog").orElse(empty(options.path("blog"), options))));
        }
        if (!Boolean.FALSE.equals(options.get("pages"))) {
            pages.add(pages(options.object("pages").orElse(empty(options.path("pages"), options))));
        }
        for (Map.Entry<String, String> plugin : PRESET_PLUGIN_OPTIONS.entrySet()) {
            if (options.has(plugin.getKey())) {
                unknown.add(new PluginReference("plugin", plugin.getValue()));
            }
        }
    }

    private void plugin(Entry plugin) throws DocusaurusConfigException {
        if (isModule(plugin.name, "plugin", "content-docs")) {
            docs.add(docs(plugin.options));
        } else if (isModule(plugin.name, "plugin", "content-blog")) {
            blogs.add(blog(plugin.options));
        } else if (isModule(plugin.name, "plugin", "content-pages")) {
            pages.add(pages(plugin.options));
        } else {
            unknown.add(new PluginReference("plugin", plugin.name));
        }
    }

    private DocsInstance docs(Fields options) throws DocusaurusConfigException {
        String path = options.string("path", "docs");
        // The function form gets each version's own folder whatever editCurrentVersion says, as in Docusaurus.
        Optional<EditUrl> editUrl = editUrl(options, options.bool("editCurrentVersion", false)
                ? Optional.of(siteDir.toAbsolutePath().normalize().relativize(resolve(path)).toString().replace('\\', '/'))
                : Optional.empty());
        String id = options.string("id", "default");
        SidebarPath sidebars = sidebarPath(options);
        return DocsInstance.builder()
                .id(id)
                .path(resolve(path))
                .pathOption(path)
                .routeBasePath(options.string("routeBasePath", "docs"))
                .sidebarPath(sidebars)
                .editUrl(editUrl)
                .include(options.strings("include").orElse(DocsInstance.DEFAULT_INCLUDE))
                .exclude(options.strings("exclude").orElse(DocsInstance.DEFAULT_EXCLUDE))
                .showLastUpdateTime(options.bool("showLastUpdateTime", false))
                .showLastUpdateAuthor(options.bool("showLastUpdateAuthor", false))
                .options(options.values())
                .versions(DocsVersions.read(siteDir, options, id, resolve(path), sidebars))
                .build();
    }

    private SidebarPath sidebarPath(Fields options) throws DocusaurusConfigException {
        Object value = options.get("sidebarPath");
        if (value == null) {
            return new SidebarPath.Autogenerated();
        }
        if (Boolean.FALSE.equals(value)) {
            return new SidebarPath.Disabled();
        }
        if (value instanceof String path) {
            return new SidebarPath.File(resolve(path));
        }
        throw options.error("sidebarPath", "must be a file path or false, not " + ConfigFields.describe(value));
    }

    private BlogInstance blog(Fields options) throws DocusaurusConfigException {
        Path path = resolve(options.string("path", "blog"));
        return new BlogInstance(options.string("id", "default"), path, options.string("routeBasePath", "blog"),
                options.values(), BlogOptionsReader.read(options, path), editUrl(options, Optional.empty()),
                options.bool("showLastUpdateTime", false), options.bool("showLastUpdateAuthor", false));
    }

    /** A docs or blog plugin's {@code editUrl}: a string or a function. */
    private static Optional<EditUrl> editUrl(Fields options, Optional<String> currentVersionDir)
            throws DocusaurusConfigException {
        Object edit = options.get("editUrl");
        if (edit instanceof String url) {
            return Optional.of(new EditUrl.Base(url, currentVersionDir));
        } else if (edit instanceof JsFunction function) {
            return Optional.of(new EditUrl.Computed(function));
        } else if (edit != null) {
            throw options.error("editUrl", "must be a string or a function, not " + ConfigFields.describe(edit));
        }
        return Optional.empty();
    }

    private PagesInstance pages(Fields options) throws DocusaurusConfigException {
        return new PagesInstance(options.string("id", "default"), resolve(options.string("path", "src/pages")),
                options.string("routeBasePath", "/"), options.values());
    }

    private Path resolve(String path) {
        return siteDir.resolve(path).toAbsolutePath().normalize();
    }

    private static Fields empty(String where, Fields parent) {
        return new Fields(Map.of(), where, parent.file());
    }

    /** Whether a module name written in the config is Docusaurus's {@code @docusaurus/<kind>-<shortName>}. */
    static boolean isModule(String written, String kind, String shortName) {
        String name = written;
        int nodeModules = name.lastIndexOf("node_modules/");
        if (nodeModules >= 0) {
            name = name.substring(nodeModules + "node_modules/".length());
        }
        name = name.replaceFirst("/(lib|src)/index\\.(js|ts)$", "").replaceFirst("/index\\.(js|ts)$", "");
        return name.equals(shortName) || name.equals("@docusaurus/" + kind + "-" + shortName)
                || name.equals("docusaurus-" + kind + "-" + shortName) || name.equals("@docusaurus/" + shortName);
    }

    private record Entry(String name, Fields options) {
    }

    private static List<Entry> entries(Fields config, String key) throws DocusaurusConfigException {
        List<Entry> entries = new ArrayList<>();
        List<Object> list = config.list(key);
        for (int i = 0; i < list.size(); i++) {
            Object entry = list.get(i);
            String where = key + "[" + i + "]";
            if (entry == null || Boolean.FALSE.equals(entry)) {
                continue;
            }
            Object module = entry;
            Object options = null;
            if (entry instanceof List<?> pair) {
                if (pair.isEmpty() || pair.size() > 2) {
                    throw new DocusaurusConfigException(config.file(), where, "must be a name or a [name, options] pair");
                }
                module = pair.get(0);
                options = pair.size() == 2 ? pair.get(1) : null;
            }
            Fields optionFields = options == null ? new Fields(Map.of(), where + "[1]", config.file())
                    : Fields.of(options, where + "[1]", config.file());
            entries.add(new Entry(name(module, config, where), optionFields));
        }
        return entries;
    }

    private static String name(Object module, Fields config, String where) throws DocusaurusConfigException {
        if (module instanceof String name) {
            return name;
        }
        if (module instanceof OpaqueValue opaque) {
            return opaque.description();
        }
        if (module instanceof JsFunction function) {
            return function.name().map(name -> "function " + name).orElse("an anonymous plugin function");
        }
        if (module instanceof Map<?, ?> object && object.get("name") instanceof String name) {
            return name;
        }
        throw new DocusaurusConfigException(config.file(), where, "must be a module name, a [name, options] pair or a function, not "
                + ConfigFields.describe(module));
    }

    private static void checkUniqueIds(Fields config, String plugin, List<String> ids) throws DocusaurusConfigException {
        Set<String> seen = new HashSet<>();
        for (String id : ids) {
            if (!seen.add(id)) {
                throw new DocusaurusConfigException(config.file(), "",
                        "two " + plugin + " plugin instances have the id '" + id + "'; give each instance its own 'id'");
            }
        }
    }
}
