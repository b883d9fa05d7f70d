package dev.docsite.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.opentest4j.AssertionFailedError;

/**
 * Golden files: output compared exactly with expected files checked in under {@code src/test/resources/golden/}.
 * <p>
 * With {@code -Dgolden.update=true} ({@code mvn -B test -Dgolden.update=true}) every comparison writes the produced
 * output as the new expected file instead, so that an intended change of the output is one reviewed diff. The files
 * are read and written in the source tree (not the copy on the class path) for that reason; tests run with the
 * project folder as working directory.
 * <p>
 * Text is compared exactly, after one normalisation only: trailing line breaks are ignored, so an editor adding a
 * final newline does not break a golden file.
 */
public final class Golden {

    /** The root of all golden files in the source tree. */
    public static final Path ROOT = Path.of("src", "test", "resources", "golden");

    /** The command that regenerates every golden file, named in every failure. */
    public static final String UPDATE_COMMAND = "mvn -B test -Dgolden.update=true";

    /** Characters shown on each side of the first difference in a failure. */
    private static final int EXCERPT = 60;

    private Golden() {
    }

    /** Whether this run rewrites the expected files instead of comparing with them. */
    public static boolean updating() {
        return Boolean.getBoolean("golden.update");
    }

    /** Case folders directly under {@code folder} (recursively to {@code depth} levels), sorted by path. */
    public static List<Path> caseFolders(Path folder, int depth) {
        try (Stream<Path> paths = Files.walk(folder, depth)) {
            return paths.filter(Files::isDirectory)
                    .filter(p -> folder.relativize(p).getNameCount() == depth && !p.equals(folder))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Asserts that {@code expectedFile} holds {@code actual} (or writes it, when updating). */
    public static void assertText(Path expectedFile, String actual) {
        if (updating()) {
            write(expectedFile, normalised(actual).getBytes(StandardCharsets.UTF_8));
            return;
        }
        if (!Files.isRegularFile(expectedFile)) {
            throw new AssertionFailedError(expectedFile + ": golden file missing; if the output is intended, run "
                    + UPDATE_COMMAND);
        }
        String expected = read(expectedFile);
        String difference = difference(expectedFile.toString(), expected, actual);
        if (difference != null) {
            throw new AssertionFailedError(difference, normalised(expected), normalised(actual));
        }
    }

    /**
     * Like {@link #assertText} for output that is usually empty (problems of a Markdown case): an absent file means
     * "no output", and updating deletes the file when the output is empty.
     */
    public static void assertOptionalText(Path expectedFile, String actual) {
        boolean empty = normalised(actual).isEmpty();
        if (updating() && empty) {
            delete(expectedFile);
        } else if (empty && !Files.exists(expectedFile)) {
            return;
        } else {
            assertText(expectedFile, actual);
        }
    }

    /**
     * Asserts that the folder {@code expectedDir} holds exactly the files of {@code actual} (path relative to the
     * folder, with {@code /}, to content): a missing or an extra file fails as well as a changed one. When updating,
     * the folder is replaced by {@code actual}.
     */
    public static void assertTree(Path expectedDir, SortedMap<String, byte[]> actual) {
        SortedMap<String, byte[]> expected = readTree(expectedDir);
        if (updating()) {
            for (String stale : expected.keySet()) {
                if (!actual.containsKey(stale)) {
                    delete(expectedDir.resolve(stale));
                }
            }
            actual.forEach((rel, bytes) -> write(expectedDir.resolve(rel), bytes));
            return;
        }
        List<String> failures = new ArrayList<>();
        for (String rel : actual.keySet()) {
            if (!expected.containsKey(rel)) {
                failures.add(expectedDir.resolve(rel) + ": produced but not expected (extra file)");
            }
        }
        for (Map.Entry<String, byte[]> e : expected.entrySet()) {
            byte[] produced = actual.get(e.getKey());
            Path file = expectedDir.resolve(e.getKey());
            if (produced == null) {
                failures.add(file + ": expected but not produced (missing file)");
                continue;
            }
            if (Arrays.equals(e.getValue(), produced)) {
                continue;
            }
            if (!isUtf8(e.getValue()) || !isUtf8(produced)) {
                failures.add(file + ": binary content differs from the output");
                continue;
            }
            String difference = difference(file.toString(), new String(e.getValue(), StandardCharsets.UTF_8),
                    new String(produced, StandardCharsets.UTF_8));
            if (difference != null) {
                failures.add(difference);
            }
        }
        if (!failures.isEmpty()) {
            throw new AssertionFailedError(failures.size() + " golden file(s) differ from the output; if the change"
                    + " is intended, run " + UPDATE_COMMAND + "\n" + String.join("\n", failures));
        }
    }

    /**
     * Where {@code actual} first differs from {@code expected}, as {@code file:line:column: ...} with both lines, or
     * {@code null} when they are equal after the trailing-newline normalisation.
     */
    public static String difference(String file, String expected, String actual) {
        String want = normalised(expected);
        String got = normalised(actual);
        if (want.equals(got)) {
            return null;
        }
        String[] wantLines = lines(want);
        String[] gotLines = lines(got);
        int line = 0;
        while (line < wantLines.length && line < gotLines.length && wantLines[line].equals(gotLines[line])) {
            line++;
        }
        String wantLine = line < wantLines.length ? wantLines[line] : null;
        String gotLine = line < gotLines.length ? gotLines[line] : null;
        int column = 0;
        if (wantLine != null && gotLine != null) {
            while (column < wantLine.length() && column < gotLine.length()
                    && wantLine.charAt(column) == gotLine.charAt(column)) {
                column++;
            }
        }
        return file + ":" + (line + 1) + ":" + (column + 1) + ": output differs from the golden file"
                + "\n  expected: " + excerpt(wantLine, column)
                + "\n  actual:   " + excerpt(gotLine, column)
                + "\n  if the change is intended, run " + UPDATE_COMMAND;
    }

    private static boolean isUtf8(byte[] bytes) {
        return Arrays.equals(bytes, new String(bytes, StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8));
    }

    /** The lines of normalised text: none when empty, and no empty line after the final line break. */
    private static String[] lines(String normalised) {
        return normalised.isEmpty() ? new String[0] : normalised.substring(0, normalised.length() - 1).split("\n", -1);
    }

    /** The part of a long line around {@code column}, so a failure shows the difference, not 20 KB of HTML. */
    private static String excerpt(String line, int column) {
        if (line == null) {
            return "(end of file)";
        }
        int from = Math.max(0, column - EXCERPT);
        int to = Math.min(line.length(), column + EXCERPT);
        return (from > 0 ? "…" : "") + line.substring(from, to) + (to < line.length() ? "…" : "");
    }

    /** Every file under {@code dir} by its {@code /}-separated relative path; empty when the folder is absent. */
    public static SortedMap<String, byte[]> readTree(Path dir) {
        SortedMap<String, byte[]> files = new TreeMap<>();
        if (!Files.isDirectory(dir)) {
            return files;
        }
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.filter(Files::isRegularFile).toList()) {
                files.put(dir.relativize(p).toString().replace('\\', '/'), Files.readAllBytes(p));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    public static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String normalised(String text) {
        String s = text;
        while (s.endsWith("\n")) {
            s = s.substring(0, s.length() - 1);
        }
        return s.isEmpty() ? "" : s + "\n";
    }

    private static void write(Path file, byte[] bytes) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
