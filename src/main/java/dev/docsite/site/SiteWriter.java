package dev.docsite.site;

import dev.docsite.output.OutputSink;
import dev.docsite.parallel.ParallelMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Writes every file of a {@link SiteAssembly} to a sink: pages rendered in parallel, the other files beside them. */
public final class SiteWriter {

    private SiteWriter() {
    }

    /** @return number of pages written (Markdown pages and pages the site generates) */
    public static int write(SiteAssembly site, PageRenderer renderer, OutputSink sink) throws IOException {
        return write(site, renderer, sink, null);
    }

    /**
     * As {@link #write(SiteAssembly, PageRenderer, OutputSink)}, taking from {@code cache} (when not null) the
     * previous output's file of every page rendered from the same inputs instead of rendering it again.
     */
    static int write(SiteAssembly site, PageRenderer renderer, OutputSink sink, RenderCache cache) throws IOException {
        List<SiteFile.Rendered> pages = new ArrayList<>();
        List<SiteFile> others = new ArrayList<>();
        for (SiteFile file : site.files()) {
            if (file instanceof SiteFile.Rendered page) {
                pages.add(page);
            } else {
                others.add(file);
            }
        }
        // The files that are not pages (search index, sidebar data, theme assets, static files) are one task, listed
        // first: one thread makes them while the others render pages, instead of one core working on them alone
        // after the last page (a fifth of a second of a 1,000-page build, docs/benchmarks.md "Small sites").
        List<Write> tasks = new ArrayList<>(pages.size() + 1);
        tasks.add(() -> writeOthers(others, sink));
        for (SiteFile.Rendered page : pages) {
            tasks.add(() -> writePage(page, renderer, sink, cache));
        }
        // Every task runs to completion even when one fails, so that no thread is still writing into the staging
        // folder when the caller aborts and deletes it.
        Queue<RuntimeException> failures = new ConcurrentLinkedQueue<>();
        ParallelMap.map(tasks, task -> {
            if (!failures.isEmpty()) {
                return null;
            }
            try {
                task.run();
            } catch (IOException e) {
                failures.add(new UncheckedIOException(e));
            } catch (RuntimeException e) {
                failures.add(e);
            }
            return null;
        });
        RuntimeException failure = failures.peek();
        if (failure instanceof UncheckedIOException io) {
            throw io.getCause();
        }
        if (failure != null) {
            throw failure;
        }
        return pages.size();
    }

    /** One file's writing, or several. */
    @FunctionalInterface
    private interface Write {
        void run() throws IOException;
    }

    private static void writePage(SiteFile.Rendered page, PageRenderer renderer, OutputSink sink, RenderCache cache)
            throws IOException {
        try {
            java.util.Optional<java.nio.file.Path> same = cache == null || page.page() == null
                    ? java.util.Optional.empty() : cache.reusable(page.path(), page.page());
            if (same.isPresent()) {
                sink.link(same.get(), page.path());
            } else {
                sink.write(page.path(), page.drawing().draw(renderer, List.of(), false).utf8());
            }
        } catch (IOException e) {
            throw located(e, page.path());
        }
    }

    private static void writeOthers(List<SiteFile> others, OutputSink sink) throws IOException {
        for (SiteFile file : others) {
            try {
                if (file instanceof SiteFile.Generated generated) {
                    sink.write(generated.path(), generated.contentOnce());
                } else if (file instanceof SiteFile.Copied copied) {
                    sink.copy(copied.source(), copied.path());
                }
            } catch (IOException e) {
                throw located(e, file.path());
            }
        }
    }

    /**
     * {@code e} when it names its file (a static file that cannot be read names itself); else, as for a full disk,
     * whose exception names none, an exception naming the output file being written.
     */
    private static IOException located(IOException e, String sitePath) {
        if (e instanceof java.nio.file.FileSystemException fse && fse.getFile() != null) {
            return e;
        }
        return new IOException(sitePath + " in the output: " + dev.docsite.problem.IoReason.of(e), e);
    }
}
