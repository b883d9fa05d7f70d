package dev.docsite;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Small classes: no source file of docsite is over 300 lines (split a class by job before it gets there). */
class ClassSizeTest {

    private static final int MAX_LINES = 300;

    @Test
    void noMainSourceFileIsOver300Lines() throws IOException {
        List<String> over;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            over = files.filter(p -> p.toString().endsWith(".java")).filter(ClassSizeTest::tooLong)
                    .map(p -> p + " (" + lines(p) + " lines)").sorted().toList();
        }
        assertEquals(List.of(), over);
    }

    private static boolean tooLong(Path file) {
        return lines(file) > MAX_LINES;
    }

    private static long lines(Path file) {
        try (Stream<String> lines = Files.lines(file)) {
            return lines.count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
