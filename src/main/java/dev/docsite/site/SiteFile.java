package dev.docsite.site;

import dev.docsite.content.Page;
import dev.docsite.output.OutputSink;
import dev.docsite.problem.Problem;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * One file of the site and how it is made. {@link SiteAssembly} lists every file a site consists of as one of
 * these; {@code build} and {@code check} write them all ({@link SiteWriter}), the preview server makes each one when
 * it is requested.
 */
public sealed interface SiteFile {

    /** Site-relative path with {@code /} separators ({@code guides/a/index.html}, {@code sitemap.xml}). */
    String path();

    /** How a page is drawn with the theme. */
    @FunctionalInterface
    interface Drawing {
        /**
         * @param problems shown in the preview's overlay (empty for a build)
         * @param preview  whether the preview server serves the page (it then loads the live-reload script)
         */
        RenderedPage draw(PageRenderer renderer, List<Problem> problems, boolean preview);
    }

    /**
     * A generated page drawn from the site's shared inputs alone (the configuration, templates, and of every page its
     * file, URL, ids, title, label and frontmatter: {@code SiteFingerprint.of}), such as a docs tag page: a cached
     * build links the previous output's file while those are unchanged.
     */
    @FunctionalInterface
    interface SiteWideDrawing extends Drawing {
    }

    /**
     * A page drawn with the theme: a Markdown page, or a page the site generates ({@code 404.html}).
     *
     * @param page    the Markdown page, or {@code null} for a generated page
     * @param root    the page's way back to the site root ({@code ../../}), for the preview's error page
     * @param drawing how to draw it
     */
    record Rendered(String path, Page page, String root, Drawing drawing) implements SiteFile {

        /** The URL the page is shown at ({@code guides/a/} for {@code guides/a/index.html}). */
        public String url() {
            return page != null ? page.url() : path;
        }
    }

    /**
     * A file made from the site model (sitemap, search index, KPI snapshot, theme files from the classpath). The
     * bytes are made at most once, when the file is first written or requested.
     *
     * @param content the file's bytes, in parts (written with one gathering write)
     * @param inputs  a digest of everything the bytes are made from, told without making them (a search chunk: its
     *                documents' digests), or {@code null}: a cached build then digests the bytes themselves, and
     *                either way links the previous output's file when the digest is the one it was written with
     */
    record Generated(String path, Supplier<ByteBuffer[]> content, Supplier<String> inputs) implements SiteFile {

        public Generated {
            content = new Memo<>(content);
        }

        /** A file a cached build recognises by its bytes. */
        public Generated(String path, Supplier<ByteBuffer[]> content) {
            this(path, content, null);
        }

        /** The file's bytes, not kept for a later call unless they were made already (see {@code Memo.once}). */
        public ByteBuffer[] contentOnce() {
            return content instanceof Memo<?> memo ? (ByteBuffer[]) memo.once() : content.get();
        }

        /** The file's bytes, joined. */
        public byte[] bytes() {
            return OutputSink.join(content.get());
        }
    }

    /** A file copied as it is from disk (static files, files pages link to, theme overrides). */
    record Copied(String path, Path source) implements SiteFile {
    }
}
