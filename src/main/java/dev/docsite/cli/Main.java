package dev.docsite.cli;

import dev.docsite.config.ConfigException;
import dev.docsite.js.JsEngineUnavailableException;
import dev.docsite.site.Version;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point: {@code docsite build|check|serve}. */
@Command(name = "docsite", mixinStandardHelpOptions = true, versionProvider = Main.VersionProvider.class,
        description = "Builds Markdown guides into a static documentation site with live KPIs.",
        subcommands = {BuildCommand.class, CheckCommand.class, ServeCommand.class},
        footer = {"", "Exit codes: 0 success, 1 the content has errors, 2 bad usage or configuration."})
public final class Main implements Runnable {

    @picocli.CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getErr());
        throw new CommandLine.ParameterException(spec.commandLine(), "a command is required: build, check or serve");
    }

    public static void main(String[] args) {
        StartupWarmup.begin(args);
        System.exit(execute(args));
    }

    /** Runs the CLI and returns the exit code (used by tests, which must not exit the JVM). */
    public static int execute(String... args) {
        return commandLine().execute(args);
    }

    static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new Main());
        cl.setExitCodeExceptionMapper(e -> e instanceof CommandLine.ParameterException || e instanceof ConfigException
                ? ExitCode.USAGE : ExitCode.CONTENT_ERRORS);
        cl.setParameterExceptionHandler((ex, args) -> {
            ex.getCommandLine().getErr().println("docsite: " + ex.getMessage());
            ex.getCommandLine().getErr().println("Run 'docsite " + (ex.getCommandLine().getCommandName().equals("docsite")
                    ? "" : ex.getCommandLine().getCommandName() + " ") + "--help' for usage.");
            return ExitCode.USAGE;
        });
        cl.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            if (ex instanceof ConfigException config) {
                commandLine.getErr().println((config.located() ? "" : "docsite: ") + ex.getMessage());
                return ExitCode.USAGE;
            }
            if (ex instanceof JsEngineUnavailableException engine) {
                commandLine.getErr().println("docsite: " + engine.getMessage());
                return ExitCode.USAGE;
            }
            commandLine.getErr().println("docsite: internal error: " + ex
                    + (System.getenv("DOCSITE_DEBUG") == null ? " (set DOCSITE_DEBUG=1 for details)" : ""));
            if (System.getenv("DOCSITE_DEBUG") != null) {
                ex.printStackTrace(commandLine.getErr());
            }
            return ExitCode.CONTENT_ERRORS;
        });
        return cl;
    }

    /** Reports the version from the build. */
    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"docsite " + Version.current()};
        }
    }
}
