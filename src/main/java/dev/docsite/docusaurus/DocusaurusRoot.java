package dev.docsite.docusaurus;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The site root of a Docusaurus site: the git repository holding its folder (the nearest folder, the site's own
 * included, with a {@code .git} folder or file), else the site folder itself. Docusaurus sites commonly keep their
 * docs beside the site ({@code path: '../docs'}) and their configuration reads files of the repository
 * ({@code require('../package.json')}, {@code ../crowdin.yaml}): both are inside this root, and nothing outside it
 * is read.
 */
public final class DocusaurusRoot {

    private DocusaurusRoot() {
    }

    /** The root of the Docusaurus site in {@code siteDir} (absolute, normalized). */
    public static Path of(Path siteDir) {
        Path site = siteDir.toAbsolutePath().normalize();
        for (Path dir = site; dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(".git"))) {
                return dir;
            }
        }
        return site;
    }
}
