package dev.docsite.blog;

import dev.docsite.problem.IoReason;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * A blog's YAML or JSON data file ({@code authors.yml}, {@code tags.yml}) as a map of keys to values, as
 * Docusaurus's {@code getDataFileData} reads it. JSON is YAML, so one parser reads both.
 */
final class DataFile {

    /** Why a data file could not be read, naming what to fix. */
    static final class Unreadable extends Exception {
        Unreadable(String message) {
            super(message);
        }
    }

    private DataFile() {
    }

    /** The file's top-level object, or {@code null} when the file does not exist. */
    static Map<String, Object> read(Path file, String what) throws Unreadable {
        if (!Files.isRegularFile(file)) {
            return null;
        }
        Object data;
        try {
            data = new Yaml(new SafeConstructor(new LoaderOptions()))
                    .load(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            String why = e instanceof IOException io ? IoReason.of(io)
                    : String.valueOf(e.getMessage()).lines().findFirst().orElse("");
            throw new Unreadable("the " + what + " cannot be read: " + why);
        }
        if (data == null) {
            return Map.of();
        }
        if (!(data instanceof Map<?, ?> map)) {
            throw new Unreadable("the " + what + " must hold an object of keys to entries, not a "
                    + (data instanceof Iterable ? "list" : "single value"));
        }
        Map<String, Object> out = new LinkedHashMap<>();
        map.forEach((k, v) -> out.put(String.valueOf(k), v));
        return out;
    }

    /** A field of an entry as text, or {@code null}. */
    static String text(Object entry, String key) {
        if (entry instanceof Map<?, ?> map) {
            Object v = map.get(key);
            return v == null || v instanceof Map || v instanceof Iterable ? null : String.valueOf(v);
        }
        return null;
    }
}
