package dev.docsite.docusaurus.sidebars;

import dev.docsite.docusaurus.DocusaurusConfigException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Typed reading of one sidebar item object; every error names the sidebar and the item's position in it. */
record ItemFields(Map<String, Object> values, String where, Path file) {

    Optional<String> string(String key) throws DocusaurusConfigException {
        Object value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw error(key, "must be a string, not " + SidebarsNormalizer.describe(value));
        }
        return Optional.of(text);
    }

    String required(String key) throws DocusaurusConfigException {
        return string(key).orElseThrow(() -> error(key, "is required"));
    }

    Optional<Boolean> bool(String key) throws DocusaurusConfigException {
        Object value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Boolean flag)) {
            throw error(key, "must be true or false, not " + SidebarsNormalizer.describe(value));
        }
        return Optional.of(flag);
    }

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
        throw error(key, "must be a string or an array of strings, not " + SidebarsNormalizer.describe(value));
    }

    Map<String, Object> customProps() throws DocusaurusConfigException {
        Object value = values.get("customProps");
        if (value == null) {
            return Map.of();
        }
        if (!(value instanceof Map<?, ?> map)) {
            throw error("customProps", "must be an object, not " + SidebarsNormalizer.describe(value));
        }
        Map<String, Object> props = new LinkedHashMap<>();
        map.forEach((k, v) -> props.put(String.valueOf(k), v));
        return Collections.unmodifiableMap(props);
    }

    DocusaurusConfigException error(String key, String problem) {
        return new DocusaurusConfigException(file, where, "'" + key + "' " + problem);
    }
}
