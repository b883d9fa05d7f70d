package dev.docsite.serve;

import dev.docsite.output.OutputSink;
import dev.docsite.site.SiteAssembly;
import dev.docsite.site.SiteFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The preview server's output: files kept in memory by site path, filled from the same {@link SiteAssembly} as
 * {@code build}'s output folder. Files copied from disk must be regular files (not symbolic links) inside the site
 * root; anything else is left out, so nothing outside the site can be served. Unchanged files are not read again (see {@link FileBytes}).
 */
final class MemorySink implements OutputSink {

    private final Map<String, ServedFile> files = new ConcurrentHashMap<>();
    private final java.util.Set<Path> sources = ConcurrentHashMap.newKeySet();
    private final Path realSiteRoot;
    private final FileBytes cache;

    MemorySink(Path siteRoot, FileBytes cache) throws IOException {
        this.realSiteRoot = siteRoot.toRealPath();
        this.cache = cache;
    }

    /**
     * A sink holding the files {@code site} copies from disk; generated files and pages are made on request instead
     * (see {@link PreviewState}). A file deleted since it was listed is left out: the next change lists the site again.
     */
    static MemorySink copiesOf(SiteAssembly site, Path siteRoot, FileBytes cache) throws IOException {
        MemorySink sink = new MemorySink(siteRoot, cache);
        for (SiteFile file : site.files()) {
            if (file instanceof SiteFile.Copied copied) {
                try {
                    sink.copy(copied.source(), copied.path());
                } catch (IOException e) {
                    // gone since it was listed
                }
            }
        }
        return sink;
    }

    @Override
    public void write(String sitePath, byte[] bytes) throws IOException {
        String p = OutputSink.checked(sitePath);
        files.put(p, ServedFile.of(p, bytes));
    }

    @Override
    public void copy(Path source, String sitePath) throws IOException {
        String p = OutputSink.checked(sitePath);
        if (!Files.isRegularFile(source, LinkOption.NOFOLLOW_LINKS) || !source.toRealPath().startsWith(realSiteRoot)) {
            return;
        }
        files.put(p, ServedFile.of(p, cache.read(source)));
        sources.add(source);
    }

    /** Files read from disk, so the cache can forget the others. */
    java.util.Set<Path> sources() {
        return java.util.Set.copyOf(sources);
    }

    @Override
    public void commit() {
        // Memory is visible once the map is handed over.
    }

    @Override
    public void abort() {
        files.clear();
    }

    Map<String, ServedFile> files() {
        return Map.copyOf(files);
    }
}
