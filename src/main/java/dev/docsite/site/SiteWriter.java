package dev.docsite.site;

import dev.docsite.content.Page;
import dev.docsite.output.OutputSink;
import dev.docsite.output.SitemapWriter;
import dev.docsite.output.StagedDirectory;
import dev.docsite.output.StaticFiles;
import dev.docsite.parallel.ParallelMap;
import dev.docsite.search.SearchEntry;
import dev.docsite.search.SearchIndexWriter;
import dev.docsite.templates.ThemeRenderer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

/** Stages 6–7: renders every page in parallel and writes the whole site (pages, 404, sitemap, search, files). */
public final class SiteWriter {

    private SiteWriter() {
    }

    /** @return number of pages written */
    public static int write(PageRenderer renderer, ThemeRenderer theme, OutputSink sink) throws IOException {
        SiteModel model = renderer.model();
        List<Page> pages = model.index().pages();
        // Every page task runs to completion even when one fails, so that no thread is still writing into the
        // staging folder when the caller aborts and deletes it.
        Queue<RuntimeException> failures = new ConcurrentLinkedQueue<>();
        List<SearchEntry> entries = ParallelMap.map(pages, page -> {
            if (!failures.isEmpty()) {
                return null;
            }
            try {
                RenderedPage rendered = renderer.render(page, List.of(), false);
                sink.write(page.url() + "index.html", rendered.utf8());
                return page.listed() ? SearchIndexWriter.entry(page) : null;
            } catch (IOException e) {
                failures.add(new UncheckedIOException(e));
            } catch (RuntimeException e) {
                failures.add(e);
            }
            return null;
        }).stream().filter(Objects::nonNull).toList();
        RuntimeException failure = failures.peek();
        if (failure instanceof UncheckedIOException io) {
            throw io.getCause();
        }
        if (failure != null) {
            throw failure;
        }
        sink.write("404.html", renderer.renderNotFound(false));
        List<String> urls = new ArrayList<>();
        for (Page p : model.navigation().tree().order()) {
            urls.add(p.url());
        }
        sink.write("sitemap.xml", SitemapWriter.write(model.config().url(), model.config().baseUrl(), urls));
        byte[] searchJson = SearchIndexWriter.toJson(entries);
        sink.write("search-index.json", searchJson);
        // Browsers refuse fetch() on file://, so the theme falls back to loading the index as a script.
        sink.write("search-index.js",
                ByteBuffer.wrap("window.DOCSITE_SEARCH_INDEX = ".getBytes(StandardCharsets.UTF_8)),
                ByteBuffer.wrap(searchJson),
                ByteBuffer.wrap(";\n".getBytes(StandardCharsets.UTF_8)));
        StaticFiles.copy(model.config().staticDir(), sink);
        for (Map.Entry<Path, String> asset : model.resolver().assets().toCopy().entrySet()) {
            sink.copy(asset.getKey(), asset.getValue());
        }
        if (sink instanceof StagedDirectory staged) {
            theme.copyAssets(staged.stagingDir());
        }
        if (model.kpiSnapshot() != null) {
            sink.write("kpi/snapshot.json", model.kpiSnapshot().toJson().getBytes(StandardCharsets.UTF_8));
        }
        return pages.size();
    }

}
