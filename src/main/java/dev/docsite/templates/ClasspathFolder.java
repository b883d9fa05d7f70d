package dev.docsite.templates;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.stream.Stream;

/**
 * A folder on the classpath copied recursively to disk. The classloader cannot list folders, so the folder is found
 * through a file known to be in it and then walked as a directory (exploded classes) or inside its jar.
 */
final class ClasspathFolder {

    private final ClassLoader classLoader;
    private final String folder;

    /** @param folder classpath folder without leading or trailing slash, e.g. {@code docsite-theme/assets} */
    ClasspathFolder(ClassLoader classLoader, String folder) {
        this.classLoader = classLoader;
        this.folder = folder;
    }

    /**
     * Copies every file below the folder to {@code target}, keeping sub-folders.
     *
     * @param knownFile a file name relative to the folder that is sure to exist, used to locate it
     */
    void copyTo(Path target, String knownFile) {
        URL marker = classLoader.getResource(folder + "/" + knownFile);
        if (marker == null) {
            throw new IllegalStateException("Built-in theme not found on the classpath: " + folder + "/" + knownFile
                    + " is missing; the docsite jar is incomplete.");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                copyFromJar(uri, target);
            } else {
                Path source = Path.of(uri);
                for (String ignored : knownFile.split("/")) {
                    source = source.getParent();
                }
                copyTree(source, target);
            }
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Unreadable classpath location " + marker, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot copy theme assets to " + target + ": " + e.getMessage(), e);
        }
    }

    private void copyFromJar(URI uri, Path target) throws IOException {
        String spec = uri.getSchemeSpecificPart();
        URI jarUri;
        try {
            jarUri = new URI(spec.substring(0, spec.indexOf("!/")));
        } catch (URISyntaxException e) {
            throw new IOException("Unreadable jar location " + uri, e);
        }
        // A private file system per call: the default one for a jar is shared JVM-wide and may already be open.
        try (FileSystem jar = FileSystems.newFileSystem(Path.of(jarUri), (ClassLoader) null)) {
            copyTree(jar.getPath("/" + folder), target);
        }
    }

    /** Copies the regular files below {@code source} into {@code target}, keeping sub-folders; overwrites. */
    static void copyTree(Path source, Path target) throws IOException {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(source)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        for (Path file : files) {
            // Resolve segment by segment: the source may be a zip path, whose separator differs from the target's.
            Path destination = target;
            for (Path segment : source.relativize(file)) {
                destination = destination.resolve(segment.toString());
            }
            Files.createDirectories(destination.getParent());
            Files.copy(file, destination, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
