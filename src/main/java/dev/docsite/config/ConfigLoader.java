package dev.docsite.config;

import dev.docsite.problem.IoReason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/** Reads {@code site.yml} (optional) and applies command-line overrides. */
public final class ConfigLoader {

    public static final String FILE_NAME = "site.yml";

    private static final Set<String> TOP_KEYS = Set.of("title", "tagline", "url", "base_url", "content", "static",
            "templates", "out", "strict", "report", "edit_url", "links", "kpi", "params", "known_routes", "last_update",
            "markdown", "allow_outside");
    private static final Set<String> KPI_KEYS = Set.of("feed", "max_age", "on_feed_error", "refresh", "heading",
            "auth_env", "auth_header", "connect_timeout", "read_timeout", "max_bytes", "change", "summary");

    private ConfigLoader() {
    }

    public static SiteConfig load(Path siteRoot, ConfigOverrides flags) throws ConfigException {
        Path root = siteRoot.toAbsolutePath().normalize();
        if (!Files.isDirectory(root)) {
            throw new ConfigException("site folder " + root + " does not exist (check --site)");
        }
        Path file = root.resolve(FILE_NAME);
        Map<String, Object> yaml = Files.isRegularFile(file) ? read(file) : Map.of();
        YamlSection top = new YamlSection(FILE_NAME, "", yaml);
        top.rejectUnknown(TOP_KEYS);

        YamlSection kpiSection = top.section("kpi");
        kpiSection.rejectUnknown(KPI_KEYS);
        KpiConfig d = KpiConfig.defaults();
        String feed = flags.feed() != null ? flags.feed() : kpiSection.string("feed", null);
        KpiConfig kpi = new KpiConfig(
                feed,
                kpiSection.duration("max_age", d.maxAge(), "1s", "3650d"),
                parseOnFeedError(kpiSection),
                kpiSection.duration("refresh", d.refresh(), "1s", "1d"),
                kpiSection.string("heading", d.heading()),
                kpiSection.string("auth_env", null),
                kpiSection.string("auth_header", d.authHeader()),
                kpiSection.duration("connect_timeout", d.connectTimeout(), "100ms", "10m"),
                kpiSection.duration("read_timeout", d.readTimeout(), "100ms", "10m"),
                kpiSection.size("max_bytes", d.maxBytes(), 1024),
                choice(kpiSection, "change", KpiConfig.Change.class, d.change()),
                choice(kpiSection, "summary", KpiConfig.Summary.class, d.summary()));

        String baseUrl = normalizeBaseUrl(flags.baseUrl() != null ? flags.baseUrl() : top.string("base_url", "/"));
        String url = top.string("url", null);
        if (url != null && !url.matches("https?://[^\\s]+")) {
            throw new ConfigException(FILE_NAME + ": url: expected an absolute http(s) URL such as https://docs.example.com, got '" + url + "'");
        }
        Path report = flags.reportFile() != null ? flags.reportFile() : top.path(root, "report", null);
        return SiteConfig.builder()
                .siteRoot(root)
                .title(top.string("title", "Documentation"))
                .tagline(top.string("tagline", null))
                .url(url == null ? null : url.replaceAll("/+$", ""))
                .baseUrl(baseUrl)
                .layout(layout(root, flags, top))
                .templatesDir(dir(root, flags.templatesDir(), top, "templates", "templates"))
                .outDir(dir(root, flags.outDir(), top, "out", "site-output"))
                .strict(flags.strict() != null ? flags.strict() : top.bool("strict", false))
                .reportFile(report == null ? null : report.toAbsolutePath().normalize())
                .editUrl(top.string("edit_url", null))
                .linkBases(linkBases(root, top.section("links")))
                .kpi(kpi)
                .params(top.params())
                .markdown(markdown(top.section("markdown")))
                .build();
    }

    private static MarkdownFeatures markdown(YamlSection section) throws ConfigException {
        section.rejectUnknown(Set.of("mermaid", "math", "raw_html"));
        String rawHtml = section.string("raw_html", "allow");
        MarkdownFeatures.RawHtml policy = switch (rawHtml) {
            case "allow" -> MarkdownFeatures.RawHtml.ALLOW;
            case "escape" -> MarkdownFeatures.RawHtml.ESCAPE;
            default -> throw new ConfigException(FILE_NAME + ": markdown.raw_html: expected 'allow' or 'escape', got '"
                    + rawHtml + "'");
        };
        return new MarkdownFeatures(section.bool("mermaid", false), section.bool("math", false), policy);
    }

    /**
     * One content folder at the root, as docsite always had; {@code static} may list several folders and
     * {@code known_routes} the routes served by something other than this build.
     */
    private static SiteLayout layout(Path root, ConfigOverrides flags, YamlSection top) throws ConfigException {
        Path content = dir(root, flags.contentDir(), top, "content", "content");
        List<Path> statics = new ArrayList<>();
        if (flags.staticDir() != null) {
            statics.add(flags.staticDir().toAbsolutePath().normalize());
        } else {
            for (String s : top.strings("static", List.of("static"))) {
                statics.add(root.resolve(s).toAbsolutePath().normalize());
            }
        }
        YamlSection lastUpdate = top.section("last_update");
        lastUpdate.rejectUnknown(Set.of("time", "author"));
        ContentRoot docs = ContentRoot.docsAtRoot(content);
        docs = new ContentRoot(docs.dir(), docs.routeBasePath(), docs.pluginId(), docs.kind(), docs.sidebar(),
                docs.editUrl(), new LastUpdateOptions(lastUpdate.bool("time", false), lastUpdate.bool("author", false)));
        return new SiteLayout(List.of(docs), statics, top.strings("known_routes", List.of()),
                LinkRules.DOCSITE);
    }

    private static Path dir(Path root, Path flag, YamlSection top, String key, String fallback) throws ConfigException {
        if (flag != null) {
            return flag.toAbsolutePath().normalize();
        }
        return top.path(root, key, fallback);
    }

    /**
     * The paths outside the site root the site's paths may point into: {@code --allow-outside} (relative to the
     * working directory) and {@code allow_outside:} in {@code site.yml} (relative to the site folder), absolute.
     */
    static List<Path> allowedOutside(Path siteRoot, ConfigOverrides flags) throws ConfigException {
        Path root = siteRoot.toAbsolutePath().normalize();
        List<Path> allowed = new ArrayList<>();
        flags.allowOutside().forEach(p -> allowed.add(p.toAbsolutePath().normalize()));
        Path file = root.resolve(FILE_NAME);
        if (Files.isRegularFile(file)) {
            for (String s : new YamlSection(FILE_NAME, "", read(file)).strings("allow_outside", List.of())) {
                allowed.add(root.resolve(s).toAbsolutePath().normalize());
            }
        }
        return allowed;
    }

    /** The top-level keys of the site folder's {@code site.yml}; none when it has none. */
    static List<String> keys(Path root) throws ConfigException {
        Path file = root.resolve(FILE_NAME);
        List<String> keys = new ArrayList<>();
        if (Files.isRegularFile(file)) {
            for (Object key : ((Map<?, ?>) read(file)).keySet()) {
                keys.add(String.valueOf(key));
            }
        }
        return keys;
    }

    static String normalizeBaseUrl(String raw) throws ConfigException {
        String s = raw.trim();
        if (s.contains("://") || s.contains("?") || s.contains("#") || s.contains("..") || s.contains("\\")) {
            throw new ConfigException("base URL '" + raw + "' must be a path such as /docs/ (no scheme, query or '..')");
        }
        if (!s.startsWith("/")) {
            s = "/" + s;
        }
        if (!s.endsWith("/")) {
            s = s + "/";
        }
        return s.replaceAll("/{2,}", "/");
    }

    /** An enum spelled in lower case in site.yml ({@code kpi.change: previous}). */
    private static <E extends Enum<E>> E choice(YamlSection section, String key, Class<E> type, E fallback)
            throws ConfigException {
        String v = section.string(key, fallback.name().toLowerCase(Locale.ROOT));
        for (E e : type.getEnumConstants()) {
            if (e.name().toLowerCase(Locale.ROOT).equals(v)) {
                return e;
            }
        }
        throw new ConfigException(FILE_NAME + ": kpi." + key + ": expected " + java.util.Arrays.stream(
                type.getEnumConstants()).map(e -> "'" + e.name().toLowerCase(Locale.ROOT) + "'")
                .collect(java.util.stream.Collectors.joining(" or ")) + ", got '" + v + "'");
    }

    private static KpiConfig.OnFeedError parseOnFeedError(YamlSection kpi) throws ConfigException {
        String v = kpi.string("on_feed_error", "fail");
        switch (v) {
            case "fail":
                return KpiConfig.OnFeedError.FAIL;
            case "use-last-snapshot":
                return KpiConfig.OnFeedError.USE_LAST_SNAPSHOT;
            default:
                throw new ConfigException(FILE_NAME + ": kpi.on_feed_error: expected 'fail' or 'use-last-snapshot', got '" + v + "'");
        }
    }

    private static List<LinkBase> linkBases(Path root, YamlSection links) throws ConfigException {
        List<LinkBase> result = new ArrayList<>();
        for (String name : links.keys()) {
            YamlSection s = links.section(name);
            s.rejectUnknown(Set.of("base", "index", "prefix"));
            String base = s.string("base", null);
            if (base == null || !base.matches("https?://\\S+")) {
                throw new ConfigException(FILE_NAME + ": links." + name + ".base: expected an absolute http(s) URL");
            }
            String prefix = s.string("prefix", name).replaceAll("^/+|/+$", "");
            Path index = s.path(root, "index", null);
            if (index != null && !Files.isRegularFile(index)) {
                throw new ConfigException(FILE_NAME + ": links." + name + ".index: file " + index + " does not exist");
            }
            result.add(new LinkBase(name, prefix, base.endsWith("/") ? base : base + "/", index));
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> read(Path file) throws ConfigException {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new ConfigException(FILE_NAME + ":" + Utf8Lines.firstBadLine(file) + ": not UTF-8 text; save the"
                    + " file as UTF-8");
        } catch (IOException e) {
            throw new ConfigException(FILE_NAME + ": cannot read: " + IoReason.of(e));
        }
        try {
            Object doc = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
            if (doc == null) {
                return Map.of();
            }
            if (!(doc instanceof Map)) {
                throw new ConfigException(FILE_NAME + ":1: expected a mapping of keys such as 'title:' and 'content:'");
            }
            return (Map<String, Object>) doc;
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw new ConfigException(FILE_NAME + ":" + line + ": invalid YAML: " + e.getProblem());
        } catch (YAMLException e) {
            throw new ConfigException(FILE_NAME + ": invalid YAML: " + e.getMessage());
        }
    }
}
