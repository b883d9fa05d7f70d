package dev.docsite.links;

import dev.docsite.config.ContentRoot;
import dev.docsite.config.SiteConfig;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The files a link may reach, and the security rule for them: nothing outside the site folder, the content roots and
 * the static folders is read, judged by where a path really leads (a symbolic link inside may point anywhere). A file
 * that many pages reference is looked at once per build. Thread-safe.
 */
final class SiteFiles {

    /** What a reference finds on disk. */
    enum State { INSIDE, OUTSIDE, MISSING, UNREADABLE }

    private final SiteConfig config;
    private final List<Path> realRoots = new ArrayList<>();
    private final Map<Path, State> states = new ConcurrentHashMap<>();

    SiteFiles(SiteConfig config) {
        this.config = config;
        realRoots.add(real(config.siteRoot()));
        for (ContentRoot root : config.contentRoots()) {
            realRoots.add(real(root.dir()));
        }
        for (Path dir : config.staticDirs()) {
            realRoots.add(real(dir));
        }
    }

    private static Path real(Path p) {
        try {
            return p.toRealPath();
        } catch (IOException e) {
            return p;
        }
    }

    /** Whether {@code file} lies, by its path, where content may read. */
    boolean readable(Path file) {
        return config.readable(file);
    }

    State state(Path file) {
        return states.computeIfAbsent(file, f -> {
            if (!Files.isRegularFile(f)) {
                return State.MISSING;
            }
            try {
                Path realFile = f.toRealPath();
                return realRoots.stream().anyMatch(realFile::startsWith) ? State.INSIDE : State.OUTSIDE;
            } catch (IOException e) {
                return State.UNREADABLE;
            }
        });
    }

    /**
     * The file a root-relative URL path names in the static folders ({@code /img/x.png}, with or without the base URL),
     * the first folder holding it; when none does, where it would be in the first folder.
     */
    Path inStatic(String urlPath) {
        String rel = UrlPaths.withoutBaseUrl(urlPath, config.baseUrl()).substring(1);
        Path first = null;
        for (Path dir : config.staticDirs()) {
            Path candidate = dir.resolve(rel).normalize();
            if (first == null) {
                first = candidate;
            }
            if (candidate.startsWith(dir) && Files.isRegularFile(candidate)) {
                return candidate;
            }
        }
        return first != null ? first : config.siteRoot().resolve("static").resolve(rel).normalize();
    }

    String display(Path file) {
        return config.display(file);
    }
}
