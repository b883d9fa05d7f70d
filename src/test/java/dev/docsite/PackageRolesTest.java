package dev.docsite;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every package says its role in a {@code package-info.java}, and {@code docs/architecture.md}'s package table gives
 * each package the stage its {@code package-info.java} names.
 */
class PackageRolesTest {

    private static final Path SOURCES = Path.of("src/main/java/dev/docsite");
    private static final Pattern ROW = Pattern.compile("^\\| `([a-z/]+)` \\| ([^|]+) \\|");
    private static final Pattern JAVADOC = Pattern.compile("/\\*\\*(.*?)\\*/\\s*package ([a-z.]+);", Pattern.DOTALL);

    @Test
    void everyPackageHasAPackageInfoWithItsRole() throws IOException {
        List<String> without = new ArrayList<>();
        for (Map.Entry<String, String> e : roles().entrySet()) {
            if (e.getValue() == null || e.getValue().isBlank()) {
                without.add(e.getKey());
            }
        }
        assertEquals(List.of(), without);
    }

    @Test
    void architectureTableNamesEachTopLevelPackageOnceWithTheStageOfItsPackageInfo() throws IOException {
        Map<String, String> roles = roles();
        Map<String, String> table = architectureTable();
        TreeSet<String> topLevel = new TreeSet<>();
        for (String pkg : roles.keySet()) {
            if (!pkg.contains("/")) {
                topLevel.add(pkg);
            }
        }
        TreeSet<String> listed = new TreeSet<>(table.keySet());
        listed.removeIf(p -> p.contains("/"));
        assertEquals(topLevel, listed, "top-level packages and the rows of docs/architecture.md");
        for (Map.Entry<String, String> row : table.entrySet()) {
            String role = roles.get(row.getKey());
            assertTrue(role != null, "docs/architecture.md lists '" + row.getKey() + "', which is not a package");
            String stage = row.getValue().strip();
            if (stage.matches("\\d+")) {
                assertTrue(role.startsWith("Stage " + stage + ","),
                        row.getKey() + " is stage " + stage + " in docs/architecture.md, but its package-info says: "
                                + role);
            } else if (stage.equals("all")) {
                assertTrue(role.startsWith("All stages:"),
                        row.getKey() + " is in all stages in docs/architecture.md, but its package-info says: " + role);
            }
        }
    }

    /** Package folder ({@code markdown/html}) to the text of its package-info Javadoc, or null when it has none. */
    private static Map<String, String> roles() throws IOException {
        Map<String, String> roles = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(SOURCES)) {
            for (Path dir : walk.filter(Files::isDirectory).toList()) {
                boolean hasClasses;
                try (Stream<Path> files = Files.list(dir)) {
                    hasClasses = files.anyMatch(f -> f.toString().endsWith(".java"));
                }
                if (!hasClasses) {
                    continue;
                }
                String pkg = SOURCES.relativize(dir).toString().replace('\\', '/');
                Path info = dir.resolve("package-info.java");
                roles.put(pkg, Files.isRegularFile(info) ? javadoc(info, pkg) : null);
            }
        }
        return roles;
    }

    private static String javadoc(Path info, String pkg) throws IOException {
        Matcher m = JAVADOC.matcher(Files.readString(info, StandardCharsets.UTF_8));
        if (!m.find() || !m.group(2).equals("dev.docsite." + pkg.replace('/', '.'))) {
            return null;
        }
        return m.group(1).replaceAll("\\s*\\n\\s*\\*", "").strip();
    }

    private static Map<String, String> architectureTable() throws IOException {
        Map<String, String> rows = new TreeMap<>();
        for (String line : Files.readAllLines(Path.of("docs/architecture.md"), StandardCharsets.UTF_8)) {
            Matcher m = ROW.matcher(line);
            if (m.find()) {
                assertEquals(null, rows.put(m.group(1), m.group(2)), "docs/architecture.md lists " + m.group(1) + " twice");
            }
        }
        return rows;
    }
}
