package dev.docsite.docusaurus;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed reading of one object of an evaluated Docusaurus file ({@code docusaurus.config.js}, {@code sidebars.js}).
 * Shared by the configuration's {@code Fields} and the sidebars' item fields, which differ only in how an error
 * names the place of the wrong value.
 */
public interface ConfigFields {

    /** The object's values by key, as the JavaScript runtime returned them. */
    Map<String, Object> values();

    /** An error saying that the value of {@code key} {@code problem}, naming the file and the place in it. */
    DocusaurusConfigException error(String key, String problem);

    default Optional<String> string(String key) throws DocusaurusConfigException {
        Object value = values().get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof String text)) {
            throw error(key, "must be a string, not " + describe(value));
        }
        return Optional.of(text);
    }

    default String required(String key) throws DocusaurusConfigException {
        return string(key).orElseThrow(() -> error(key, "is required"));
    }

    default Optional<Boolean> bool(String key) throws DocusaurusConfigException {
        Object value = values().get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (!(value instanceof Boolean flag)) {
            throw error(key, "must be true or false, not " + describe(value));
        }
        return Optional.of(flag);
    }

    /** How a message names a wrong value: {@code the string 'x'}, {@code an array}, {@code an object}, {@code 3}. */
    static String describe(Object value) {
        if (value == null) {
            return "null";
        }
        if (value instanceof String text) {
            return "the string '" + text + "'";
        }
        return value instanceof List ? "an array" : value instanceof Map ? "an object" : String.valueOf(value);
    }
}
