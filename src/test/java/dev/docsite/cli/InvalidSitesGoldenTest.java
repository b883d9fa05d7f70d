package dev.docsite.cli;

import dev.docsite.testing.Golden;
import dev.docsite.testing.TreeCopy;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Fixture sites with invalid input: {@code golden/invalid/<case>/site/} is checked with {@code docsite check}, and
 * everything it prints on the error stream (the problem lines {@code file:line:col: severity: message [code]} and the
 * failure line) plus its exit code must equal {@code expected-problems.txt}. A new case is a new folder;
 * {@code mvn -B test -Dgolden.update=true} writes its expected file. The site is checked from a temporary copy, so
 * nothing is written into the repository, and a message naming an absolute path would fail the next run.
 */
class InvalidSitesGoldenTest {

    private static final Path CASES = Golden.ROOT.resolve("invalid");

    @TempDir
    Path dir;

    @TestFactory
    Stream<DynamicTest> everyFixtureReportsExactlyItsProblems() {
        return Golden.caseFolders(CASES, 1).stream()
                .map(c -> DynamicTest.dynamicTest(c.getFileName().toString(), () -> check(c)));
    }

    private void check(Path fixture) throws IOException {
        Path site = dir.resolve(fixture.getFileName().toString());
        if (!Files.isDirectory(fixture.resolve("site"))) {
            throw new AssertionError(fixture + ": an invalid-site fixture needs a site/ folder");
        }
        TreeCopy.copy(fixture.resolve("site"), site);
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new StringWriter(), true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute("check", "--site", site.toString());
        Golden.assertText(fixture.resolve("expected-problems.txt"), err + "exit code: " + exit + "\n");
    }
}
