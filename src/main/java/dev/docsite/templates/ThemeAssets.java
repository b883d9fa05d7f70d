package dev.docsite.templates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The static files a built site needs: theme CSS/JS (built-in, then site overrides) and vendor libraries. */
final class ThemeAssets {

    private final ClassLoader classLoader;
    private final Path siteAssetsDir;

    /** @param siteAssetsDir the site's {@code templates/assets/}; need not exist */
    ThemeAssets(ClassLoader classLoader, Path siteAssetsDir) {
        this.classLoader = classLoader;
        this.siteAssetsDir = siteAssetsDir;
    }

    /** Writes everything into {@code assetsDir}; vendor libraries go to its {@code vendor/} sub-folder. */
    void writeTo(Path assetsDir) {
        new ClasspathFolder(classLoader, ThemeRenderer.BUILT_IN_FOLDER + "/assets").copyTo(assetsDir, "docsite.css");
        new VendorLibraries(classLoader).copyTo(assetsDir.resolve("vendor"));
        // Last, so a writer can replace any file, even a vendor one.
        if (Files.isDirectory(siteAssetsDir)) {
            try {
                ClasspathFolder.copyTree(siteAssetsDir, assetsDir);
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot copy " + siteAssetsDir + " to " + assetsDir + ": "
                        + e.getMessage(), e);
            }
        }
    }
}
