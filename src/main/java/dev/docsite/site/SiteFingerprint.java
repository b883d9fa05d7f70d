package dev.docsite.site;

import dev.docsite.config.ContentRoot;
import dev.docsite.config.SiteConfig;
import dev.docsite.content.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * What every page's output may depend on besides its own file, as one digest: docsite itself, the configuration,
 * every file of the site folder, content roots, static and template folders (paths always; bytes of text files up
 * to 1 MB, else size and time), and of each page's Markdown only the lines another page can see: the frontmatter (title,
 * labels, positions, slug, id) and every line that may make a heading, an anchor or an element id (a {@code #}, a
 * {@code <}, {@code id=}, {@code [^}, a setext underline and the line above it). A body edit that touches none of
 * these leaves it unchanged, so that only the edited page is rendered again; anything else renders every page. This
 * over-approximates the preview's {@code RebuildPlanner} rules (title, URL, headings, sidebar, templates) on
 * purpose: a cache hit must never give output that a clean build would not.
 */
final class SiteFingerprint {

    private static final long WHOLE_FILE_LIMIT = 1 << 20;
    private static final Set<String> TEXT_EXTENSIONS = Set.of("md", "mdx", "yml", "yaml", "json", "js", "cjs", "mjs",
            "ts", "jsx", "tsx", "ftlh", "ftl", "txt", "xml");
    private static final Set<String> SKIPPED_FOLDERS = Set.of(".git", "node_modules", "target", ".docsite");

    private SiteFingerprint() {
    }

    static String of(SiteConfig config, List<Page> pages) throws IOException {
        Set<Path> pageFiles = pages.stream().map(p -> p.source().path().toAbsolutePath().normalize())
                .collect(Collectors.toSet());
        MessageDigest digest = sha256();
        update(digest, "docsite " + docsiteBuild() + "\n" + config + "\n");
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
        files.stream().distinct().sorted().filter(file -> !file.equals(report)).forEach(file -> {
            try {
                update(digest, "\u0000" + file + "\u0000");
                if (pageFiles.contains(file)) {
                    update(digest, visibleLines(Files.readString(file, StandardCharsets.UTF_8)));
                } else if (Files.size(file) <= WHOLE_FILE_LIMIT && isText(file)) {
                    digest.update(Files.readAllBytes(file));
                } else {
                    update(digest, Files.size(file) + " " + Files.getLastModifiedTime(file).toMillis());
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        return HexFormat.of().formatHex(digest.digest());
    }

    /**
     * Files a page's output can depend on the bytes of (configuration, sidebars, templates, feeds, page lists,
     * partials); of the others (images, downloads, a site's other folders) only existence matters, so their size and
     * time stand for them and their bytes are not read on every build.
     */
    private static boolean isText(Path file) {
        String name = file.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 || TEXT_EXTENSIONS.contains(name.substring(dot + 1).toLowerCase(java.util.Locale.ROOT));
    }

    /** The digest of one page's output: the site's and the page's own file, whole. */
    static String ofPage(String site, Path source, String outputPath) throws IOException {
        MessageDigest digest = sha256();
        update(digest, site + "\u0000" + outputPath + "\u0000");
        digest.update(Files.readAllBytes(source));
        return HexFormat.of().formatHex(digest.digest());
    }

    /** The lines of a page another page can see (see the class comment). */
    static String visibleLines(String markdown) {
        String[] lines = markdown.split("\n", -1);
        StringBuilder seen = new StringBuilder();
        int frontmatterEnd = lines.length > 0 && lines[0].strip().equals("---") ? findClose(lines) : -1;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            boolean underline = !line.isBlank() && line.strip().chars().allMatch(c -> c == '=' || c == '-');
            if (i <= frontmatterEnd || line.indexOf('#') >= 0 || line.indexOf('<') >= 0 || line.contains("id=")
                    || line.contains("[^") || underline
                    || i + 1 < lines.length && !lines[i + 1].isBlank()
                            && lines[i + 1].strip().chars().allMatch(c -> c == '=' || c == '-')) {
                seen.append(i).append(':').append(line).append('\n');
            }
        }
        return seen.toString();
    }

    private static int findClose(String[] lines) {
        for (int i = 1; i < lines.length; i++) {
            if (lines[i].strip().equals("---")) {
                return i;
            }
        }
        return lines.length;
    }

    private static void collect(Path folder, Path out, List<Path> files) throws IOException {
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
                boolean beside = dir.getParent() != null && dir.getParent().equals(out.getParent())
                        && name.startsWith("." + out.getFileName() + ".");
                return dir.equals(out) || beside || !dir.equals(folder) && SKIPPED_FOLDERS.contains(name)
                        ? FileVisitResult.SKIP_SUBTREE : FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                // A link is read through (a page may be one); a link to a folder fails the read: then no cache.
                if ((attrs.isRegularFile() || attrs.isSymbolicLink()) && !name.startsWith("." + out.getFileName() + ".")) {
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
    private static String docsiteBuild() {
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

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
