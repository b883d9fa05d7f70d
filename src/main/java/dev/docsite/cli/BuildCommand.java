package dev.docsite.cli;

import dev.docsite.problem.IoReason;
import dev.docsite.config.ConfigException;
import dev.docsite.config.SiteConfig;
import dev.docsite.output.OutputLocation;
import dev.docsite.output.ReportLocation;
import dev.docsite.site.BuildResult;
import dev.docsite.site.JsonReport;
import dev.docsite.site.SiteBuilder;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code docsite build}: renders the site into the output folder, atomically. */
@Command(name = "build", description = "Build the site into the output folder (atomically: a failed build leaves the previous output untouched).",
        mixinStandardHelpOptions = true)
public class BuildCommand implements Callable<Integer> {

    @Mixin
    SiteOptions options;

    // On by default (issue 20): a build keeps the cache beside the output; --cache stays accepted for scripts.
    @Option(names = "--cache", description = "Use the build cache beside the output folder (the default)")
    boolean cache;

    @Option(names = "--no-cache", description = "Clean build: parse and render every page, and delete the build cache beside the output folder")
    boolean noCache;

    @Spec
    CommandSpec spec;

    SiteBuilder.Mode mode() {
        return SiteBuilder.Mode.BUILD;
    }

    /** Extra output after the summary (check prints the link graph). */
    void after(BuildResult result, ResultPrinter printer) {
    }

    @Override
    public Integer call() throws ConfigException {
        SiteConfig config = options.load();
        OutputLocation.validate(config);
        ReportLocation.validate(config);
        BuildResult result = new SiteBuilder(config, Clock.systemUTC()).withCache(!noCache).build(mode());
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ResultPrinter printer = new ResultPrinter(out, err);
        printer.problems(result);
        after(result, printer);
        printer.summary(result, config, spec.name());
        if (config.reportFile() != null) {
            try {
                JsonReport.write(result, config.reportFile());
            } catch (IOException e) {
                err.println("docsite: cannot write report " + IoReason.describe(config.reportFile(), e));
                return ExitCode.USAGE;
            }
        }
        return result.failed() ? ExitCode.CONTENT_ERRORS : ExitCode.OK;
    }
}
