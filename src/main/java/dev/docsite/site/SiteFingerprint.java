package dev.docsite.site;

import dev.docsite.config.ContentRoot;
import dev.docsite.config.SiteConfig;
import dev.docsite.content.Page;
import dev.docsite.frontmatter.FrontMatter;
import dev.docsite.links.LinkChecker;
import dev.docsite.links.Resolution;
import dev.docsite.markdown.Heading;
import dev.docsite.markdown.LinkRef;
import dev.docsite.output.StagedDirectory;
import dev.docsite.parallel.ParallelMap;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What a page's output may depend on, as digests, following the preview's rules ({@code rebuild.RebuildPlanner}):
 * every page depends on the site's shared inputs, {@link #of}: docsite itself, the configuration, every file of the
 * site folder, content roots, static and template folders other than pages (path and bytes: templates, sidebars,
 * categories, feeds, static files), the KPI feed and widget settings, and of every page what the sidebar,
 * breadcrumbs, pagination and link resolution see of it (file, URL, doc id, title, label, its whole frontmatter). A
 * page's own digest, {@link #ofPage}, adds its own file and the title and anchors (headings, element ids) of the pages
 * its links lead to, since its links may then be broken or fixed. So a body edit renders that page again, a heading
 * edit that page and the pages linking to it, a title or frontmatter edit every page. File bytes are digested
 * through {@link FileStamps}: a file whose size and time are unchanged is not read again.
 */
final class SiteFingerprint {

    /**
     * Folders no page is made from: docsite's outputs (they hold its marker file) and what builds leave beside them
     * (see {@code OutputLeftovers}), which another build may be deleting while this one lists the site.
     */
    private static final Pattern OUTPUT_LEFTOVER = Pattern.compile("\\..+\\.(staging|previous|discarded)-[0-9-]+");
    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "node_modules", "target", ".docsite");

    private SiteFingerprint() {
    }

    /**
     * The digest of the site's shared inputs; {@code pageKeys} gives each page's {@link #pageKey} (the build cache
     * keeps them with the pages it loads).
     */
    static String of(SiteConfig config, List<Page> pages, FileStamps stamps, String kpiKey,
                     Function<Page, String> pageKeys) throws IOException {
        Set<Path> pageFiles = pages.stream().map(p -> p.source().path().toAbsolutePath().normalize())
                .collect(Collectors.toSet());
        MessageDigest digest = FileStamps.sha256();
        update(digest, "docsite " + docsiteBuild() + "\n" + config + "\n" + kpiKey + "\n");
        TreeMap<Path, Boolean> folders = new TreeMap<>();
        folders.put(config.siteRoot().toAbsolutePath().normalize(), true);
        for (ContentRoot root : config.contentRoots()) {
            folders.put(root.dir().toAbsolutePath().normalize(), true);
        }
        config.staticDirs().forEach(d -> folders.put(d.toAbsolutePath().normalize(), true));
        if (config.templatesDir() != null) {
            folders.put(config.templatesDir().toAbsolutePath().normalize(), true);
        }
        Path out = config.outDir().toAbsolutePath().normalize();
        List<Path> files = new ArrayList<>();
        for (Path folder : folders.keySet()) {
            if (Files.isDirectory(folder)) {
                collect(folder, out, files);
            }
        }
        Path report = config.reportFile() == null ? null : config.reportFile().toAbsolutePath().normalize();
        List<Path> others = files.stream().distinct().sorted()
                .filter(file -> !file.equals(report) && !pageFiles.contains(file)).toList();
        List<String> digests = ParallelMap.map(others, file -> {
            try {
                return stamps.digest(file);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        for (int i = 0; i < others.size(); i++) {
            update(digest, "\u0000" + others.get(i) + "\u0000" + digests.get(i));
        }
        for (Page page : pages) {
            update(digest, pageKeys.apply(page));
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * What the sidebar, breadcrumbs, pagination and link resolution of every page see of {@code page}, as a digest:
     * its file, URL, doc id, folder, title, label and whole frontmatter.
     */
    static String pageKey(Page page) {
        MessageDigest digest = FileStamps.sha256();
        update(digest, "\u0000" + page.source().path() + "\u0000" + page.url() + "\u0000" + page.docId() + "\u0000"
                + page.folder() + "\u0000" + page.categoryIndex() + "\u0000" + page.title() + "\u0000"
                + page.sidebarLabel() + "\u0000" + frontMatterKey(page.frontMatter()));
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * The frontmatter as text that is the same in every run: every key and value in file order and the line of each
     * key (the typed fields are read from these); not its {@code toString()}, since the iteration order of an
     * immutable map differs between runs of the JVM.
     */
    private static String frontMatterKey(FrontMatter fm) {
        return fm.startLine() + " " + fm.endLine() + " " + fm.all() + " " + new TreeMap<>(fm.keyLines());
    }

    /**
     * The digest of one page's output at {@code outputPath}: the site's ({@link #of}), the page's own file, and the
     * title and anchors of every page its links resolved to ({@code targets}: {@link #targetKey} of a page, which the
     * caller may keep per page, since thousands of pages link to the same targets).
     */
    static String ofPage(String site, String outputPath, Page page, FileStamps stamps, LinkChecker.PageLinks links,
                         Function<Page, String> targets) throws IOException {
        MessageDigest digest = FileStamps.sha256();
        update(digest, site + "\u0000" + outputPath + "\u0000" + stamps.digest(page.source().path()));
        StringBuilder seen = new StringBuilder();
        for (LinkRef ref : page.outline().links()) {
            Resolution r = links.resolution(ref);
            Page target = r == null ? null : r.page();
            seen.append('\u0000').append(ref.target()).append(' ').append(ref.kind()).append(' ')
                    .append(r == null ? "unresolved" : r.kind() + " " + r.sitePath());
            if (target != null && target != page) {
                seen.append('\u0000').append(targets.apply(target));
            }
        }
        update(digest, seen.toString());
        return HexFormat.of().formatHex(digest.digest());
    }

    /** What a page linking to {@code target} sees of it: its file, title and anchors (headings, element ids). */
    static String targetKey(Page target) {
        StringBuilder seen = new StringBuilder().append(target.source().path()).append('\u0000').append(target.title());
        for (Heading h : target.outline().headings()) {
            seen.append('\u0000').append(h.level()).append(' ').append(h.id()).append(' ').append(h.text());
        }
        seen.append('\u0000').append(new TreeSet<>(target.outline().elementIds()));
        MessageDigest digest = FileStamps.sha256();
        update(digest, seen.toString());
        return HexFormat.of().formatHex(digest.digest());
    }

    private static void collect(Path folder, Path out, List<Path> files) throws IOException {
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                boolean beside = dir.getParent() != null && dir.getParent().equals(out.getParent())
                        && name.startsWith("." + out.getFileName() + ".");
                boolean output = !dir.equals(folder) && (SKIPPED_FOLDERS.contains(name) || OUTPUT_LEFTOVER.matcher(name)
                        .matches() || Files.exists(dir.resolve(StagedDirectory.MARKER)));
                return dir.equals(out) || beside || output ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                // A link is read through (a page may be one); a link to a folder fails the read: then no cache.
                boolean cache = name.startsWith(".") && (name.endsWith(".cache") || name.endsWith(".cache.tmp"));
                if ((attrs.isRegularFile() || attrs.isSymbolicLink()) && !cache) {
                    files.add(file.toAbsolutePath().normalize());
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                files.add(file.toAbsolutePath().normalize()); // unreadable: its read below fails the fingerprint
                return FileVisitResult.CONTINUE;
            }
        });
    }

    /** The jar (or classes folder) docsite runs from: its path, size and time, so a new build of docsite counts. */
    static String docsiteBuild() {
        try {
            Path code = Path.of(SiteFingerprint.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            return code + " " + Files.size(code) + " " + Files.getLastModifiedTime(code).toMillis() + " "
                    + SiteFingerprint.class.getPackage().getImplementationVersion();
        } catch (Exception e) {
            return "unknown " + System.nanoTime(); // never matches: no cache
        }
    }

    private static void update(MessageDigest digest, String text) {
        digest.update(text.getBytes(StandardCharsets.UTF_8));
    }
}
