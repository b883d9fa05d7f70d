package dev.docsite.serve;

import dev.docsite.config.ConfigException;
import dev.docsite.config.ConfigLoader;
import dev.docsite.problem.Problem;
import dev.docsite.problem.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;

/**
 * The problems the preview shows on every page, whatever the page: the configuration that became invalid while it
 * runs, and the folders it cannot watch.
 */
final class SiteWideProblems {

    private volatile Problem config;
    private final Map<String, Problem> unwatched = new ConcurrentSkipListMap<>();

    /** The configuration became invalid ({@code e}), or is valid again ({@code null}). */
    void configInvalid(ConfigException e) {
        if (e == null) {
            config = null;
            return;
        }
        String still = " (still serving the site as it was before this change)";
        config = e.located()
                ? Problem.error(ProblemCode.CONFIG, e.file(), e.line(), e.column(), e.reason() + still)
                : Problem.error(ProblemCode.CONFIG, ConfigLoader.FILE_NAME, 0, 0, e.getMessage() + still);
    }

    /** {@code folder} (as shown to the user) cannot be watched, for {@code reason}; whether that is news. */
    boolean unwatched(String folder, String reason) {
        return unwatched.putIfAbsent(folder, Problem.warning(ProblemCode.WATCH, folder, 0, 0, "the preview cannot watch"
                + " this folder (" + reason + "): changes in it are not seen until the preview is restarted")) == null;
    }

    /** All of them: the configuration's first, then the folders in order. */
    List<Problem> all() {
        List<Problem> all = new ArrayList<>();
        Problem c = config;
        if (c != null) {
            all.add(c);
        }
        all.addAll(unwatched.values());
        return all;
    }
}
