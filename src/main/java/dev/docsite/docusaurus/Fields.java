package dev.docsite.docusaurus;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Typed reading of one object of an evaluated configuration, naming the option path ({@code themeConfig.navbar})
 * in every error, so a wrong value is reported, never silently dropped.
 */
final class Fields implements ConfigFields {
    private final Map<String, Object> values;
    private final String where;
    private final Path file;

    Fields(Map<String, Object> values, String where, Path file) {
        this.values = values;
        this.where = where;
        this.file = file;
    }

    /** {@code value} as an object, or an error naming {@code where}. */
    @SuppressWarnings("unchecked")
    static Fields of(Object value, String where, Path file) throws DocusaurusConfigException {
        if (!(value instanceof Map)) {
            throw new DocusaurusConfigException(file, where, "must be an object, not " + ConfigFields.describe(value));
        }
        return new Fields((Map<String, Object>) value, where, file);
    }

    @Override
    public Map<String, Object> values() {
        return values;
    }

    String where() {
        return where;
    }

    Path file() {
        return file;
    }

    boolean has(String key) {
        return values.get(key) != null;
    }

    Object get(String key) {
        return values.get(key);
    }

    String path(String key) {
        return where.isEmpty() ? key : where + "." + key;
    }

    String string(String key, String fallback) throws DocusaurusConfigException {
        return string(key).orElse(fallback);
    }

    boolean bool(String key, boolean fallback) throws DocusaurusConfigException {
        return bool(key).orElse(fallback);
    }

    Optional<Fields> object(String key) throws DocusaurusConfigException {
        Object value = values.get(key);
        return value == null ? Optional.empty() : Optional.of(of(value, path(key), file));
    }

    List<Object> list(String key) throws DocusaurusConfigException {
        Object value = values.get(key);
        if (value == null) {
            return List.of();
        }
        if (!(value instanceof List<?> list)) {
            throw error(key, "must be an array, not " + ConfigFields.describe(value));
        }
        return new ArrayList<>(list);
    }

    /** A string or an array of strings (Docusaurus accepts both for globs and keywords). */
    Optional<List<String>> strings(String key) throws DocusaurusConfigException {
        Object value = values.get(key);
        if (value == null) {
            return Optional.empty();
        }
        if (value instanceof String text) {
            return Optional.of(List.of(text));
        }
        List<String> strings = new ArrayList<>();
        for (Object element : list(key)) {
            if (!(element instanceof String text)) {
                throw error(key, "must be an array of strings, not one holding " + ConfigFields.describe(element));
            }
            strings.add(text);
        }
        return Optional.of(List.copyOf(strings));
    }

    List<Fields> objects(String key) throws DocusaurusConfigException {
        List<Fields> objects = new ArrayList<>();
        List<Object> list = list(key);
        for (int i = 0; i < list.size(); i++) {
            objects.add(of(list.get(i), path(key) + "[" + i + "]", file));
        }
        return objects;
    }

    @Override
    public DocusaurusConfigException error(String key, String problem) {
        return new DocusaurusConfigException(file, key == null ? where : path(key), problem);
    }
}
