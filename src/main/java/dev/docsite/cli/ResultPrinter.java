package dev.docsite.cli;

import dev.docsite.config.SiteConfig;
import dev.docsite.content.Page;
import dev.docsite.links.LinkReport;
import dev.docsite.problem.Problem;
import dev.docsite.site.BuildResult;
import java.io.PrintWriter;
import java.util.Locale;
import java.util.Map;

/** Prints problems like a compiler, then a one-line summary. */
final class ResultPrinter {

    private final PrintWriter out;
    private final PrintWriter err;

    ResultPrinter(PrintWriter out, PrintWriter err) {
        this.out = out;
        this.err = err;
    }

    void problems(BuildResult result) {
        for (Problem p : result.problems()) {
            err.println(p.format());
        }
        err.flush();
    }

    void summary(BuildResult result, SiteConfig config, String verb) {
        String counts = result.errors() + " error(s), " + result.warnings() + " warning(s)";
        String time = String.format(Locale.ROOT, "%.2f s", result.elapsed().toMillis() / 1000.0);
        if (result.failed()) {
            err.println("docsite: " + verb + " failed: " + result.failure() + " (" + counts + ")");
        } else if (result.written()) {
            out.println("Built " + result.pages() + " pages in " + time + " → " + config.display(config.outDir())
                    + " (" + counts + ")");
        } else {
            out.println("Checked " + result.pages() + " pages in " + time + " (" + counts + ")");
        }
        out.flush();
        err.flush();
    }

    void linkReport(LinkReport report) {
        if (report == null) {
            return;
        }
        out.println("Link graph:");
        out.println("  pages:          " + report.pages());
        out.println("  links checked:  " + report.links());
        out.println("  external links: " + report.externalLinks() + " (not fetched)");
        out.println("  platform links: " + report.platformLinks());
        if (report.problemsByCode().isEmpty()) {
            out.println("  problems:       none");
        } else {
            out.println("  problems:");
            for (Map.Entry<String, Integer> e : report.problemsByCode().entrySet()) {
                out.println("    " + e.getKey() + ": " + e.getValue());
            }
        }
        out.println("  orphan pages:   " + report.orphans().size() + (report.orphans().isEmpty() ? "" : " (no page links to them)"));
        for (Page p : report.orphans()) {
            out.println("    " + p.source().displayPath() + " (/" + p.url() + ")");
        }
        out.flush();
    }
}
