package dev.docsite.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.docsite.markdown.MarkdownEngine;
import java.util.Set;

/**
 * Loads and initialises, on a second thread, the classes a build needs first (flexmark and docsite's Markdown
 * extensions, Jackson), while the main thread parses the command line and reads the configuration. Those steps
 * use one core and leave the other idle; once the pages are read both cores are busy, and every page-reading thread
 * would otherwise wait for the first to initialise the Markdown parser. Nothing it makes is kept: loading and
 * initialising a class happens once per JVM, whichever thread asks first.
 */
final class StartupWarmup {

    private static final Set<String> COMMANDS = Set.of("build", "check", "serve");

    /** A page using the common block and inline syntax, so that their parsers and node classes are loaded. */
    private static final String PAGE = """
            # Title {#title}

            Text with **strong**, *emphasis*, `code` and a [link](other.md#part).

            - item
              1. nested

            | a | b |
            | - | - |
            | 1 | 2 |

            :::tip

            ```yaml
            key: value
            ```

            :::
            """;

    private StartupWarmup() {
    }

    /**
     * Starts warming up when {@code args} name a command that reads a site, and returns at once.
     *
     * @return the warming thread, or {@code null} when the command reads no site ({@code --help}, {@code --version})
     */
    static Thread begin(String[] args) {
        if (args.length == 0 || !COMMANDS.contains(args[0])) {
            return null;
        }
        Thread thread = new Thread(StartupWarmup::run, "docsite-warmup");
        thread.setDaemon(true);
        thread.start();
        return thread;
    }

    private static void run() {
        try {
            new MarkdownEngine(false).prepare(PAGE);
            new ObjectMapper().readTree("{\"a\": [1, \"b\", true]}");
        } catch (RuntimeException | com.fasterxml.jackson.core.JsonProcessingException | LinkageError e) {
            // Only warming: the build meets and reports any real problem itself.
        }
    }
}
