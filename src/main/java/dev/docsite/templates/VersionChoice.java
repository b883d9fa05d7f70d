package dev.docsite.templates;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * What the theme script needs to follow the reader's preferred docs version, which Docusaurus keeps in the browser
 * ({@code localStorage['docs-preferred-version-<pluginId>']}, the version name): a link that remembers a version
 * when clicked (a version dropdown's version, the banner's "latest version"), or, on a page outside the plugin's
 * docs, the item's target and label in each version, so that the script shows the remembered one instead of the
 * last version (Docusaurus's {@code useDocsVersionCandidates}: the version read, else the preferred, else the last).
 *
 * @param plugin the docs plugin instance id
 * @param saves  the version name a click remembers, or {@code null}
 * @param hrefs  the item's target in each version that has one (relative to the page, by version name); empty when
 *               the item does not change with the preferred version
 * @param labels the item's label in each version, for items labelled with the version; else empty
 */
public record VersionChoice(String plugin, String saves, Map<String, String> hrefs, Map<String, String> labels) {

    private static final ObjectMapper JSON = new ObjectMapper();

    public VersionChoice {
        // Version order is kept (Map.copyOf would lose it): the attribute lists the versions newest first.
        hrefs = Collections.unmodifiableMap(new LinkedHashMap<>(hrefs));
        labels = Collections.unmodifiableMap(new LinkedHashMap<>(labels));
    }

    /** A link remembering {@code version} of {@code plugin} when clicked. */
    public static VersionChoice saving(String plugin, String version) {
        return new VersionChoice(plugin, version, Map.of(), Map.of());
    }

    /** {@link #hrefs} as a JSON object, in version order, for a {@code data-} attribute; {@code null} when empty. */
    public String getHrefsJson() {
        return json(hrefs);
    }

    /** {@link #labels} as a JSON object, for a {@code data-} attribute; {@code null} when empty. */
    public String getLabelsJson() {
        return json(labels);
    }

    private static String json(Map<String, String> values) {
        if (values.isEmpty()) {
            return null;
        }
        try {
            return JSON.writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // strings only: cannot happen
        }
    }
}
