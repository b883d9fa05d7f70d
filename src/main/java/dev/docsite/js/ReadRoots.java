package dev.docsite.js;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The folders a script may read: the site folder, plus the docs folders its configuration names outside of it
 * (Docusaurus sites often keep {@code path: '../docs'}). Paths are compared after resolving symbolic links, so a
 * link inside an allowed folder cannot lead a script out of it.
 *
 * @param roots absolute, real paths of the allowed folders; the first one is the working directory of scripts
 */
public record ReadRoots(List<Path> roots) {

    public ReadRoots {
        if (roots.isEmpty()) {
            throw new IllegalArgumentException("at least one readable folder is needed");
        }
        List<Path> real = new ArrayList<>();
        for (Path root : roots) {
            Path r = realPath(root);
            if (!real.contains(r)) { // a Docusaurus site outside any repository is its own root
                real.add(r);
            }
        }
        roots = Collections.unmodifiableList(real);
    }

    /** Only {@code siteDir} and what is below it may be read. */
    public static ReadRoots of(Path siteDir) {
        return new ReadRoots(List.of(siteDir));
    }

    /** These roots and {@code more}. */
    public ReadRoots plus(List<Path> more) {
        List<Path> all = new ArrayList<>(roots);
        all.addAll(more);
        return new ReadRoots(all);
    }

    /** The folder relative paths are resolved against ({@code process.cwd()}): the site folder. */
    public Path workingDirectory() {
        return roots.get(0);
    }

    /** Whether {@code path} (absolute) lies inside one of the roots. */
    public boolean allows(Path path) {
        Path real = realPath(path);
        for (Path root : roots) {
            if (real.startsWith(root)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The real path of {@code path}; for a path that does not exist, that of its nearest existing parent with the
     * rest appended, so a missing file under a symbolic link is judged by where the link points.
     */
    public static Path realPath(Path path) {
        Path absolute = path.toAbsolutePath().normalize();
        Path existing = absolute;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        if (existing == null) {
            return absolute;
        }
        try {
            return existing.toRealPath().resolve(existing.relativize(absolute));
        } catch (IOException e) {
            return absolute;
        }
    }
}
