package dev.docsite.config;

import java.nio.file.Path;
import java.time.Duration;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** A typed view of one mapping in site.yml that names its dotted path in errors. */
final class YamlSection {

    private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h|d)?");
    private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|kb|kib|mb|mib)?");

    private final String file;
    private final String prefix;
    private final Map<String, Object> values;

    YamlSection(String file, String prefix, Map<String, Object> values) {
        this.file = file;
        this.prefix = prefix;
        this.values = values;
    }

    @SuppressWarnings("unchecked")
    Map<String, Object> params() throws ConfigException {
        Object v = values.get("params");
        if (v == null) {
            return Map.of();
        }
        if (!(v instanceof Map)) {
            throw new ConfigException(where("params") + ": expected a mapping of values for templates");
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        ((Map<Object, Object>) v).forEach((k, val) -> copy.put(String.valueOf(k), val));
        return copy;
    }

    List<String> keys() {
        return new ArrayList<>(values.keySet());
    }

    private String where(String key) {
        return file + ": " + prefix + key;
    }

    void rejectUnknown(Set<String> known) throws ConfigException {
        for (Object key : values.keySet()) {
            if (!known.contains(String.valueOf(key))) {
                throw new ConfigException(where(String.valueOf(key)) + ": unknown key; known keys are "
                        + String.join(", ", known.stream().sorted().toList()));
            }
        }
    }

    @SuppressWarnings("unchecked")
    YamlSection section(String key) throws ConfigException {
        Object v = values.get(key);
        if (v == null) {
            return new YamlSection(file, prefix + key + ".", Map.of());
        }
        if (!(v instanceof Map)) {
            throw new ConfigException(where(key) + ": expected a mapping");
        }
        Map<String, Object> copy = new LinkedHashMap<>();
        ((Map<Object, Object>) v).forEach((k, val) -> copy.put(String.valueOf(k), val));
        return new YamlSection(file, prefix + key + ".", copy);
    }

    String string(String key, String fallback) throws ConfigException {
        Object v = values.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Map || v instanceof List) {
            throw new ConfigException(where(key) + ": expected a single value");
        }
        return String.valueOf(v);
    }

    /** A single value or a list of values. */
    List<String> strings(String key, List<String> fallback) throws ConfigException {
        Object v = values.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Map) {
            throw new ConfigException(where(key) + ": expected a value or a list of values");
        }
        if (!(v instanceof List<?> list)) {
            return List.of(String.valueOf(v));
        }
        List<String> result = new ArrayList<>();
        for (Object item : list) {
            if (item == null || item instanceof Map || item instanceof List) {
                throw new ConfigException(where(key) + ": expected a list of plain values, got '" + item + "'");
            }
            result.add(String.valueOf(item));
        }
        return result;
    }

    boolean bool(String key, boolean fallback) throws ConfigException {
        Object v = values.get(key);
        if (v == null) {
            return fallback;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        throw new ConfigException(where(key) + ": expected true or false, got '" + v + "'");
    }

    Path path(Path root, String key, String fallback) throws ConfigException {
        String v = string(key, fallback);
        return v == null ? null : root.resolve(v).toAbsolutePath().normalize();
    }

    /**
     * A duration between {@code min} and {@code max}, written as in the README ({@code 30s}, {@code 7d}); a value
     * out of that range, however large, is a configuration error naming the key and the range.
     */
    Duration duration(String key, Duration fallback, String min, String max) throws ConfigException {
        String v = string(key, null);
        if (v == null) {
            return fallback;
        }
        Duration d = parseDuration(v);
        if (d == null) {
            throw new ConfigException(where(key) + ": expected a duration such as 30s, 15m, 12h or 7d, got '" + v + "'");
        }
        if (d.equals(ChronoUnit.FOREVER.getDuration()) || d.compareTo(parseDuration(min)) < 0
                || d.compareTo(parseDuration(max)) > 0) {
            throw new ConfigException(where(key) + ": " + v + " is out of range: expected a duration from " + min
                    + " to " + max);
        }
        return d;
    }

    /** The duration {@code v} means, {@link ChronoUnit#FOREVER} when it is too large to hold, null when malformed. */
    private static Duration parseDuration(String v) {
        Matcher m = DURATION.matcher(v.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            return null;
        }
        try {
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "s" : m.group(2);
            return switch (unit) {
                case "ms" -> Duration.ofMillis(n);
                case "m" -> Duration.ofMinutes(n);
                case "h" -> Duration.ofHours(n);
                case "d" -> Duration.ofDays(n);
                default -> Duration.ofSeconds(n);
            };
        } catch (NumberFormatException | ArithmeticException e) {
            return ChronoUnit.FOREVER.getDuration();
        }
    }

    /** A size in bytes from 1 byte to {@code maxMb} MB; a larger one is a configuration error with the range. */
    long size(String key, long fallback, long maxMb) throws ConfigException {
        String v = string(key, null);
        if (v == null) {
            return fallback;
        }
        Matcher m = SIZE.matcher(v.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new ConfigException(where(key) + ": expected a size such as 512KB or 5MB, got '" + v + "'");
        }
        long bytes;
        try {
            long n = Long.parseLong(m.group(1));
            String unit = m.group(2) == null ? "b" : m.group(2);
            bytes = switch (unit) {
                case "kb", "kib" -> Math.multiplyExact(n, 1024L);
                case "mb", "mib" -> Math.multiplyExact(n, 1024L * 1024);
                default -> n;
            };
        } catch (NumberFormatException | ArithmeticException e) {
            bytes = Long.MAX_VALUE;
        }
        if (bytes < 1 || bytes > maxMb * 1024 * 1024) {
            throw new ConfigException(where(key) + ": " + v + " is out of range: expected a size from 1B to " + maxMb
                    + "MB");
        }
        return bytes;
    }
}
