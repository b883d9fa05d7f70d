package dev.docsite.docusaurus.sidebars;

import dev.docsite.docusaurus.ConfigFields;
import dev.docsite.docusaurus.DocusaurusConfigException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Typed reading of one sidebar item object; every error names the sidebar and the item's position in it. */
record ItemFields(Map<String, Object> values, String where, Path file) implements ConfigFields {

    /** A string or an array of strings. */
    List<String> strings(String key) throws DocusaurusConfigException {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (value instanceof String text) {
            return List.of(text);
        }
        List<String> strings = new ArrayList<>();
        if (value instanceof List<?> list) {
            for (Object element : list) {
                if (!(element instanceof String text)) {
                    throw error(key, "must be a string or an array of strings");
                }
                strings.add(text);
            }
            return List.copyOf(strings);
        }
        throw error(key, "must be a string or an array of strings, not " + ConfigFields.describe(value));
    }

    Map<String, Object> customProps() throws DocusaurusConfigException {
        Object value = values.get("customProps");
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw error("customProps", "must be an object, not " + ConfigFields.describe(value));
        }
        Map<String, Object> props = new LinkedHashMap<>();
        map.forEach((k, v) -> props.put(String.valueOf(k), v));
        return Collections.unmodifiableMap(props);
    }

    @Override
    public DocusaurusConfigException error(String key, String problem) {
        return new DocusaurusConfigException(file, where, "'" + key + "' " + problem);
    }
}
