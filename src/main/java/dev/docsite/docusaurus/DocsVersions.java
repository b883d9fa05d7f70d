package dev.docsite.docusaurus;

import dev.docsite.problem.IoReason;
import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The versions of one docs plugin instance, read as Docusaurus's {@code versions/files.ts}, {@code version.ts} and
 * {@code validation.ts} read them: {@code versions.json} ({@code <id>_versions.json} for another instance than
 * {@code default}) lists the released versions, newest first; the current version comes first unless
 * {@code includeCurrentVersion: false}; {@code onlyIncludeVersions} keeps some; {@code lastVersion} (default: the
 * newest released version, else the current one) is served at the plugin's route; {@code versions} sets each
 * version's label, path, banner, badge, className and noIndex.
 */
final class DocsVersions {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern BAD_NAME = Pattern.compile("[/\\\\]|.{33,}|[<>:\"|?*\\x00-\\x1F]|^\\.\\.?$");

    private DocsVersions() {
    }

    /**
     * @param siteDir     the site folder (where {@code versions.json} and {@code versioned_docs/} are)
     * @param options     the plugin's options
     * @param pluginId    the plugin instance id
     * @param currentDir  the plugin's {@code path}, absolute
     * @param sidebarPath the plugin's {@code sidebarPath}
     * @return every version built, newest first
     */
    static List<DocsVersion> read(Path siteDir, Fields options, String pluginId, Path currentDir,
                                  SidebarPath sidebarPath) throws DocusaurusConfigException {
        String prefix = pluginId.equals("default") ? "" : pluginId + "_";
        Path versionsFile = siteDir.resolve(prefix + "versions.json");
        boolean disabled = options.bool("disableVersioning", false);
        Optional<List<String>> released = readVersionsFile(versionsFile);
        if (released.isEmpty() && disabled) {
            throw options.error("disableVersioning", "using \"disableVersioning: true\" option on a non-versioned site"
                    + " does not make sense");
        }
        List<String> all = new ArrayList<>(disabled ? List.of() : released.orElse(List.of()));
        if (options.bool("includeCurrentVersion", true) && !all.contains(DocsVersion.CURRENT)) {
            all.add(0, DocsVersion.CURRENT);
        }
        if (all.isEmpty()) {
            throw options.error("includeCurrentVersion", "it is not possible to use docs without any version: the"
                    + " current version is left out with \"includeCurrentVersion: false\" and " + (disabled
                    ? "versioning is disabled with \"disableVersioning: true\"" : versionsFile.getFileName()
                    + " is empty or missing"));
        }
        Fields perVersion = options.object("versions").orElse(new Fields(Map.of(), options.path("versions"),
                options.file()));
        List<String> names = validate(all, options, perVersion);
        String lastName = options.string("lastVersion", names.stream().filter(n -> !n.equals(DocsVersion.CURRENT))
                .findFirst().orElse(DocsVersion.CURRENT));
        List<DocsVersion> versions = new ArrayList<>();
        for (String name : names) {
            Fields own = perVersion.object(name).orElse(new Fields(Map.of(), perVersion.path(name), options.file()));
            boolean current = name.equals(DocsVersion.CURRENT);
            Path dir = current ? currentDir
                    : siteDir.resolve(prefix + "versioned_docs").resolve("version-" + name).normalize();
            SidebarPath sidebar = current ? sidebarPath : new SidebarPath.File(siteDir
                    .resolve(prefix + "versioned_sidebars").resolve("version-" + name + "-sidebars.json").normalize());
            boolean last = name.equals(lastName);
            String defaultPath = last ? "" : current ? "next" : name;
            versions.add(new DocsVersion(name, own.string("label", current ? "Next" : name),
                    own.string("path", defaultPath), dir, sidebar, banner(own, names, name, lastName),
                    own.bool("badge", names.size() != 1), own.string("className", "docs-version-" + name),
                    own.bool("noIndex", false), last, DocsTagsFile.read(options, dir)));
        }
        return List.copyOf(versions);
    }

    private static Optional<List<String>> readVersionsFile(Path file) throws DocusaurusConfigException {
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        Object content;
        try {
            content = JSON.readValue(file.toFile(), Object.class);
        } catch (JacksonException e) {
            throw new DocusaurusConfigException(file, "", "is not valid JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw new DocusaurusConfigException(file, "", "cannot be read: " + IoReason.of(e));
        }
        if (!(content instanceof List<?> list)) {
            throw new DocusaurusConfigException(file, "", "should contain an array of version names, not "
                    + ConfigFields.describe(content));
        }
        List<String> names = new ArrayList<>();
        for (Object name : list) {
            if (!(name instanceof String text)) {
                throw new DocusaurusConfigException(file, "", "versions should be strings; found "
                        + ConfigFields.describe(name));
            }
            if (text.isBlank() || BAD_NAME.matcher(text).find()) {
                throw new DocusaurusConfigException(file, "", "invalid version name \"" + text + "\": a version name"
                        + " is a valid folder name of at most 32 characters, without slashes, and not \".\" or \"..\"");
            }
            names.add(text);
        }
        return Optional.of(names);
    }

    /** {@code validateVersionsOptions}, then {@code filterVersions}: the names kept, in their order. */
    private static List<String> validate(List<String> all, Fields options, Fields perVersion)
            throws DocusaurusConfigException {
        String available = ". Available version names are: " + String.join(", ", all);
        String lastVersion = options.string("lastVersion", null);
        if (lastVersion != null && !all.contains(lastVersion)) {
            throw options.error("lastVersion", "'" + lastVersion + "' is no version" + available);
        }
        for (String key : perVersion.values().keySet()) {
            if (!all.contains(key)) {
                throw perVersion.error(null, "unknown version '" + key + "'" + available);
            }
        }
        Optional<List<String>> only = options.strings("onlyIncludeVersions");
        if (only.isEmpty()) {
            return all;
        }
        if (only.get().isEmpty()) {
            throw options.error("onlyIncludeVersions", "an empty array is not allowed, at least one version is needed");
        }
        for (String name : only.get()) {
            if (!all.contains(name)) {
                throw options.error("onlyIncludeVersions", "unknown version '" + name + "'" + available);
            }
        }
        if (lastVersion != null && !only.get().contains(lastVersion)) {
            throw options.error("lastVersion", "if you use both \"onlyIncludeVersions\" and \"lastVersion\", then"
                    + " \"lastVersion\" must be present in the \"onlyIncludeVersions\" array");
        }
        return all.stream().filter(only.get()::contains).toList();
    }

    private static DocsVersion.Banner banner(Fields own, List<String> names, String name, String lastName)
            throws DocusaurusConfigException {
        String written = own.string("banner", null);
        if (written != null) {
            return switch (written) {
                case "none" -> DocsVersion.Banner.NONE;
                case "unreleased" -> DocsVersion.Banner.UNRELEASED;
                case "unmaintained" -> DocsVersion.Banner.UNMAINTAINED;
                default -> throw own.error("banner", "must be 'none', 'unreleased' or 'unmaintained', not '"
                        + written + "'");
            };
        }
        if (name.equals(lastName)) {
            return DocsVersion.Banner.NONE;
        }
        return names.indexOf(name) < names.indexOf(lastName) ? DocsVersion.Banner.UNRELEASED
                : DocsVersion.Banner.UNMAINTAINED;
    }
}
