package dev.docsite.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The launcher's class-archiving run ({@code ./docsite}, AppCDS or JDK 25's AOT cache): {@code build}s several sites
 * in one JVM, each into a temporary folder deleted afterwards, so that the archive holds the classes of every kind of
 * site — a {@code site.yml} site, and a Docusaurus site, whose configuration loads the JavaScript engine and the
 * TypeScript stripper (about a second of class loading otherwise) — and those of writing the output, which a
 * {@code check} never loads. Not a user command.
 */
public final class CdsTraining {

    private CdsTraining() {
    }

    /** @param sites the site folders to build; the exit code is the highest of their exit codes */
    public static void main(String[] sites) throws IOException {
        int worst = 0;
        Path outputs = Files.createTempDirectory("docsite-cds-training-");
        try {
            for (int i = 0; i < sites.length; i++) {
                var commandLine = Main.commandLine();
                commandLine.setOut(new PrintWriter(OutputStream.nullOutputStream(), true));
                commandLine.setErr(new PrintWriter(OutputStream.nullOutputStream(), true));
                worst = Math.max(worst, commandLine.execute("build", "--no-cache", "--site", sites[i],
                        "--out", outputs.resolve("site-" + i).toString()));
            }
        } finally {
            deleteTree(outputs);
        }
        System.exit(worst);
    }

    private static void deleteTree(Path root) throws IOException {
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : (Iterable<Path>) paths.sorted(Comparator.reverseOrder())::iterator) {
                Files.deleteIfExists(path);
            }
        }
    }
}
