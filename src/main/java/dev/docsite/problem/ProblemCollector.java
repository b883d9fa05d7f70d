package dev.docsite.problem;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Thread-safe sink for problems found by any pipeline stage; pages are processed in parallel. */
public final class ProblemCollector {

    private static final Comparator<Problem> ORDER = Comparator
            .comparing((Problem p) -> p.file() == null ? "" : p.file())
            .thenComparingInt(Problem::line)
            .thenComparingInt(Problem::column)
            .thenComparing((Problem p) -> p.code().id());

    private final ConcurrentLinkedQueue<Problem> problems = new ConcurrentLinkedQueue<>();

    public void add(Problem problem) {
        problems.add(problem);
    }

    public void addAll(Iterable<Problem> more) {
        more.forEach(problems::add);
    }

    /** All problems, sorted by file, line, column, so output is stable across parallel runs. */
    public List<Problem> sorted() {
        List<Problem> list = new ArrayList<>(problems);
        list.sort(ORDER);
        return List.copyOf(list);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(p -> p.severity() == Severity.ERROR);
    }

    public boolean isEmpty() {
        return problems.isEmpty();
    }
}
