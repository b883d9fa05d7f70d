package dev.docsite.site;

import dev.docsite.links.LinkReport;
import dev.docsite.problem.Problem;
import dev.docsite.problem.Severity;
import java.time.Duration;
import java.util.List;

/**
 * What a build did.
 *
 * @param pages      pages rendered
 * @param problems   all problems, sorted by file and position
 * @param written    whether the output was replaced (false for check, failed and strict-failed builds)
 * @param failure    why the build stopped without output, or {@code null}
 * @param elapsed    wall time
 * @param linkReport link graph summary, or {@code null} when the build stopped before link checking
 */
public record BuildResult(int pages, List<Problem> problems, boolean written, String failure, Duration elapsed,
                          LinkReport linkReport) {

    public BuildResult {
        problems = List.copyOf(problems);
    }

    public long errors() {
        return problems.stream().filter(p -> p.severity() == Severity.ERROR).count();
    }

    public long warnings() {
        return problems.stream().filter(p -> p.severity() == Severity.WARNING).count();
    }

    /** The build must exit non-zero: it stopped, or {@code --strict} found problems. */
    public boolean failed() {
        return failure != null;
    }
}
