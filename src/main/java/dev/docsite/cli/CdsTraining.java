package dev.docsite.cli;

import java.io.OutputStream;
import java.io.PrintWriter;

/**
 * The launcher's class-archiving run ({@code ./docsite}, AppCDS): {@code check}s several sites in one JVM, so that
 * the archive holds the classes of every kind of site — a {@code site.yml} site, and a Docusaurus site, whose
 * configuration loads the JavaScript engine and the TypeScript stripper (about a second of class loading otherwise).
 * Not a user command.
 */
public final class CdsTraining {

    private CdsTraining() {
    }

    /** @param sites the site folders to check; the exit code is the highest of their exit codes */
    public static void main(String[] sites) {
        int worst = 0;
        for (String site : sites) {
            var commandLine = Main.commandLine();
            commandLine.setOut(new PrintWriter(OutputStream.nullOutputStream(), true));
            commandLine.setErr(new PrintWriter(OutputStream.nullOutputStream(), true));
            worst = Math.max(worst, commandLine.execute("check", "--site", site));
        }
        System.exit(worst);
    }
}
