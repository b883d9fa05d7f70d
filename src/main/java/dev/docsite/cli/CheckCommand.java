package dev.docsite.cli;

import dev.docsite.site.BuildResult;
import dev.docsite.site.SiteBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code docsite check}: everything {@code build} validates, writing nothing. */
@Command(name = "check", description = "Validate the site like build does (links, frontmatter, KPIs, templates) without writing anything.",
        mixinStandardHelpOptions = true)
public class CheckCommand extends BuildCommand {

    @Option(names = "--links", description = "Print the link graph: pages, links, external links, problems by code, orphan pages.")
    boolean links;

    @Override
    SiteBuilder.Mode mode() {
        return SiteBuilder.Mode.CHECK;
    }

    @Override
    void after(BuildResult result, ResultPrinter printer) {
        if (links) {
            printer.linkReport(result.linkReport());
        }
    }
}
