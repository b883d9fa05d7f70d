package dev.docsite.site;

import dev.docsite.output.OutputSink;
import dev.docsite.parallel.ParallelMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
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
        tasks.add(() -> writeOthers(others, sink, cache));
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
            java.util.Optional<java.nio.file.Path> same = cache == null ? java.util.Optional.empty()
                    : page.page() != null ? cache.reusable(page.path(), page.page())
                    : page.drawing() instanceof SiteFile.SiteWideDrawing ? cache.reusableSiteWide(page.path())
                    : java.util.Optional.empty();
            if (same.isPresent()) {
                sink.link(same.get(), page.path());
            } else {
                sink.write(page.path(), page.drawing().draw(renderer, List.of(), false).utf8());
            }
        } catch (IOException e) {
            throw located(e, page.path());
        }
    }

    private static void writeOthers(List<SiteFile> others, OutputSink sink, RenderCache cache) throws IOException {
        for (SiteFile file : others) {
            try {
                if (file instanceof SiteFile.Generated generated) {
                    writeGenerated(generated, sink, cache);
                } else if (file instanceof SiteFile.Copied copied) {
                    sink.copy(copied.source(), copied.path());
                }
            } catch (IOException e) {
                throw located(e, file.path());
            }
        }
    }

    /**
     * A generated file, or with the cache, the previous output's file when made from the same inputs: those its
     * {@link SiteFile.Generated#inputs} tells without making it (a search chunk is then never made), else its bytes.
     */
    private static void writeGenerated(SiteFile.Generated generated, OutputSink sink, RenderCache cache)
            throws IOException {
        if (cache == null) {
            sink.write(generated.path(), generated.contentOnce());
            return;
        }
        ByteBuffer[] content = null;
        String digest = generated.inputs() != null ? generated.inputs().get() : null;
        if (digest == null) {
            content = generated.contentOnce();
            digest = bytesDigest(content);
        }
        java.util.Optional<java.nio.file.Path> same = cache.reusableFile(generated.path(), digest);
        if (same.isPresent()) {
            sink.link(same.get(), generated.path());
        } else {
            sink.write(generated.path(), content != null ? content : generated.contentOnce());
        }
    }

    private static String bytesDigest(ByteBuffer[] parts) {
        java.security.MessageDigest sha;
        try {
            sha = java.security.MessageDigest.getInstance("SHA-256");
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java has SHA-256", e);
        }
        sha.update("bytes ".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        for (ByteBuffer part : parts) {
            sha.update(part.duplicate());
        }
        return java.util.HexFormat.of().formatHex(sha.digest());
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
