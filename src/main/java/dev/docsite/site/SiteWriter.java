package dev.docsite.site;

import dev.docsite.output.OutputSink;
import dev.docsite.parallel.ParallelMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Writes every file of a {@link SiteAssembly} to a sink: pages rendered in parallel, then the other files. */
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
        // Every page task runs to completion even when one fails, so that no thread is still writing into the
        // staging folder when the caller aborts and deletes it.
        Queue<RuntimeException> failures = new ConcurrentLinkedQueue<>();
        ParallelMap.map(pages, page -> {
            if (!failures.isEmpty()) {
                return null;
            }
            try {
                java.util.Optional<java.nio.file.Path> same = cache == null || page.page() == null
                        ? java.util.Optional.empty() : cache.reusable(page.path(), page.page());
                if (same.isPresent()) {
                    sink.link(same.get(), page.path());
                } else {
                    sink.write(page.path(), page.drawing().draw(renderer, List.of(), false).utf8());
                }
            } catch (IOException e) {
                failures.add(new UncheckedIOException(located(e, page.path())));
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
        return pages.size();
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
