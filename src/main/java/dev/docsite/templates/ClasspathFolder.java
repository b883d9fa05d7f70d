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
import java.nio.file.LinkOption;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * A folder on the classpath read recursively into memory. The classloader cannot list folders, so the folder is found
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
     * Reads every file below the folder.
     *
     * @param knownFile a file name relative to the folder that is sure to exist, used to locate it
     * @return the files' bytes by path relative to the folder ({@code /} separated), in name order
     */
    Map<String, byte[]> read(String knownFile) {
        URL marker = classLoader.getResource(folder + "/" + knownFile);
        if (marker == null) {
            throw new IllegalStateException("Built-in theme not found on the classpath: " + folder + "/" + knownFile
                    + " is missing; the docsite jar is incomplete.");
        }
        try {
            URI uri = marker.toURI();
            if ("jar".equals(uri.getScheme())) {
                return readFromJar(uri);
            }
            Path source = Path.of(uri);
            for (String ignored : knownFile.split("/")) {
                source = source.getParent();
            }
            return readTree(source);
        } catch (URISyntaxException e) {
            throw new IllegalStateException("Unreadable classpath location " + marker, e);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the built-in theme's " + folder + ": " + e.getMessage(), e);
        }
    }

    private Map<String, byte[]> readFromJar(URI uri) throws IOException {
        String spec = uri.getSchemeSpecificPart();
        URI jarUri;
        try {
            jarUri = new URI(spec.substring(0, spec.indexOf("!/")));
        } catch (URISyntaxException e) {
            throw new IOException("Unreadable jar location " + uri, e);
        }
        // A private file system per call: the default one for a jar is shared JVM-wide and may already be open.
        try (FileSystem jar = FileSystems.newFileSystem(Path.of(jarUri), (ClassLoader) null)) {
            return readTree(jar.getPath("/" + folder));
        }
    }

    private static Map<String, byte[]> readTree(Path root) throws IOException {
        Map<String, byte[]> files = new TreeMap<>();
        for (Path file : regularFiles(root)) {
            files.put(relative(root, file), Files.readAllBytes(file));
        }
        return files;
    }

    /** The regular files below {@code root} (symbolic links are not followed), in no particular order. */
    static List<Path> regularFiles(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(f -> Files.isRegularFile(f, LinkOption.NOFOLLOW_LINKS)).toList();
        }
    }

    /** {@code file}'s path below {@code root} with {@code /} separators, whatever file system either is on. */
    static String relative(Path root, Path file) {
        StringBuilder sb = new StringBuilder();
        for (Path segment : root.relativize(file)) {
            if (sb.length() > 0) {
                sb.append('/');
            }
            sb.append(segment);
        }
        return sb.toString();
    }
}
