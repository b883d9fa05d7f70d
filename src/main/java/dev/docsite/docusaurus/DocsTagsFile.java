package dev.docsite.docusaurus;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * A docs version's tags file, as the docs plugin's {@code tags} option (Docusaurus 3.4+) names it: {@code tags.yml} in
 * the version's docs folder unless set; {@code false} or {@code null} for none. Each key is a tag, its label
 * defaulting to the capitalised key and its permalink to {@code /<kebab-cased key>} (Docusaurus's
 * {@code normalizeTagsFile}); a doc's tag naming a key is that tag, any other is an inline tag, reported as
 * {@code onInlineTags} says (only when the file exists).
 *
 * @param name         the file as the option names it ({@code tags.yml}), for messages
 * @param tags         the declared tags by key, in the file's order
 * @param exists       whether the version has the file
 * @param onInlineTags how a doc's tag missing from the file is reported
 */
public record DocsTagsFile(String name, Map<String, DeclaredTag> tags, boolean exists,
                           ReportingSeverity onInlineTags) {

    /** A tag of the file: its label, description (or {@code null}) and permalink under the tags route. */
    public record DeclaredTag(String label, String description, String permalink) {
    }

    /** No file: every tag is inline, and none is reported. */
    public static final DocsTagsFile NONE = new DocsTagsFile("tags.yml", Map.of(), false, ReportingSeverity.WARN);

    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern CAMEL = Pattern.compile("([\\p{Ll}\\p{N}])(\\p{Lu})");

    public DocsTagsFile {
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    /**
     * Reads the tags file of the docs folder {@code dir} as {@code options} ({@code tags}, {@code onInlineTags}) say.
     *
     * @throws DocusaurusConfigException when the option is not a path, false or null, a file it names is missing,
     *                                   or the file is empty, not YAML, or holds a tag that is not an object
     */
    static DocsTagsFile read(Fields options, Path dir) throws DocusaurusConfigException {
        ReportingSeverity onInline = ReportingSeverity.parse(options, "onInlineTags", ReportingSeverity.WARN);
        Object option = options.get("tags");
        if (options.values().containsKey("tags") && (option == null || Boolean.FALSE.equals(option))) {
            return new DocsTagsFile("tags.yml", Map.of(), false, onInline);
        }
        if (option != null && !(option instanceof String s && !s.isEmpty())) {
            throw options.error("tags", "must be a file path, false or null, not " + ConfigFields.describe(option));
        }
        String name = option == null ? "tags.yml" : (String) option;
        Path file = dir.resolve(name).normalize();
        if (!Files.isRegularFile(file)) {
            if (option == null) {
                return new DocsTagsFile(name, Map.of(), false, onInline);
            }
            throw options.error("tags", "no tags file '" + name + "' in the docs folder (" + file + ")");
        }
        return new DocsTagsFile(name, declared(options, file), true, onInline);
    }

    private static Map<String, DeclaredTag> declared(Fields options, Path file) throws DocusaurusConfigException {
        Object data;
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            if (text.isBlank()) {
                throw options.error("tags", "the tags file " + file + " is empty");
            }
            data = new Yaml(new SafeConstructor(new LoaderOptions())).load(text);
        } catch (IOException | YAMLException e) {
            throw options.error("tags", "the tags file " + file + " cannot be read: " + e.getMessage());
        }
        if (!(data instanceof Map<?, ?> map)) {
            throw options.error("tags", "the tags file " + file + " must map each tag to its label, description"
                    + " and permalink");
        }
        Map<String, DeclaredTag> tags = new LinkedHashMap<>();
        Set<String> permalinks = new HashSet<>();
        for (Map.Entry<?, ?> entry : map.entrySet()) {
            String key = String.valueOf(entry.getKey());
            if (entry.getValue() != null && !(entry.getValue() instanceof Map)) {
                throw options.error("tags", "the tags file " + file + ": tag '" + key + "' must be an object with"
                        + " label, description and permalink, or empty");
            }
            Map<?, ?> fields = entry.getValue() == null ? Map.of() : (Map<?, ?>) entry.getValue();
            String label = text(fields.get("label"));
            String permalink = text(fields.get("permalink"));
            DeclaredTag tag = new DeclaredTag(label != null ? label : capitalize(key), text(fields.get("description")),
                    permalink != null ? permalink : "/" + kebabCase(key));
            if (!permalinks.add(tag.permalink())) {
                throw options.error("tags", "the tags file " + file + ": duplicate permalink " + tag.permalink());
            }
            tags.put(key, tag);
        }
        return tags;
    }

    private static String text(Object value) {
        return value == null || String.valueOf(value).isEmpty() ? null : String.valueOf(value);
    }

    /** lodash's capitalize: the first character upper case, the rest lower case. */
    private static String capitalize(String key) {
        return key.isEmpty() ? key : key.substring(0, 1).toUpperCase(Locale.ROOT) + key.substring(1).toLowerCase(Locale.ROOT);
    }

    private static String kebabCase(String key) {
        String slug = NON_WORD.matcher(CAMEL.matcher(key).replaceAll("$1-$2").toLowerCase(Locale.ROOT)).replaceAll("-");
        return slug.replaceAll("^-+|-+$", "");
    }
}
