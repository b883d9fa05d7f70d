package dev.docsite.templates;

import dev.docsite.problem.IoReason;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The static files a built site needs from its theme: built-in CSS/JS (minified by {@link AssetMinifier}), vendor
 * libraries, then the site's {@code templates/assets/} files on top, file by file, as written. Listed, not written: the site assembly writes them to the
 * build's output or the preview's memory alike.
 */
final class ThemeAssets {

    private static final String ASSETS = "assets/";

    private final ClassLoader classLoader;
    private final Path siteAssetsDir;

    /** @param siteAssetsDir the site's {@code templates/assets/}; need not exist */
    ThemeAssets(ClassLoader classLoader, Path siteAssetsDir) {
        this.classLoader = classLoader;
        this.siteAssetsDir = siteAssetsDir;
    }

    /** Every theme file by site path; vendor libraries go to {@code assets/vendor/}. */
    List<ThemeAsset> list() {
        Map<String, ThemeAsset> assets = new TreeMap<>();
        Map<String, byte[]> builtIn = new ClasspathFolder(classLoader, ThemeRenderer.BUILT_IN_FOLDER + "/assets")
                .read("docsite.css");
        builtIn.forEach((rel, bytes) -> assets.put(ASSETS + rel,
                new ThemeAsset(ASSETS + rel, null, AssetMinifier.minify(rel, bytes))));
        new VendorLibraries(classLoader).read().forEach((name, bytes) -> {
            String path = ASSETS + "vendor/" + name;
            assets.put(path, new ThemeAsset(path, null, bytes));
        });
        // Last, so a writer can replace any file, even a vendor one.
        if (Files.isDirectory(siteAssetsDir)) {
            try {
                for (Path file : ClasspathFolder.regularFiles(siteAssetsDir)) {
                    String rel = ClasspathFolder.relative(siteAssetsDir, file);
                    // A copy of the built-in file overrides nothing (the sample site's templates folder is the
                    // theme's source): the built-in one, minified, is served.
                    if (!sameBytes(builtIn.get(rel), file)) {
                        assets.put(ASSETS + rel, new ThemeAsset(ASSETS + rel, file, null));
                    }
                }
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read the theme's assets " + IoReason.describe(siteAssetsDir, e), e);
            }
        }
        return List.copyOf(new ArrayList<>(assets.values()));
    }

    private static boolean sameBytes(byte[] builtIn, Path file) throws IOException {
        return builtIn != null && Files.size(file) == builtIn.length
                && Arrays.equals(builtIn, Files.readAllBytes(file));
    }
}
