package dev.docsite.config;

import dev.docsite.problem.IoReason;
import dev.docsite.docusaurus.PagesInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * The JavaScript and TypeScript pages of a pages plugin folder ({@code src/pages/index.tsx}): React components docsite
 * cannot render, whose routes the site still answers. Found as the pages plugin finds them: {@code .js}, {@code .jsx},
 * {@code .ts}, {@code .tsx} files, except Docusaurus's default excludes (names or folders starting with {@code _},
 * {@code *.test.*}, {@code __tests__}); {@code index} files answer their folder's route.
 */
final class ReactPages {

    private static final List<String> EXTENSIONS = List.of(".js", ".jsx", ".ts", ".tsx");

    /**
     * One React page.
     *
     * @param file  the component's file, absolute
     * @param route its URL path without base URL and slashes ({@code ""} for the home page)
     */
    record Page(Path file, String route) {
    }

    private ReactPages() {
    }

    /** The React pages of every pages plugin instance, instance by instance. */
    static List<Page> of(List<PagesInstance> instances) throws ConfigException {
        List<Page> all = new ArrayList<>();
        for (PagesInstance pages : instances) {
            all.addAll(of(pages));
        }
        return all;
    }

    /** The React pages of {@code pages}, in path order; none when its folder does not exist. */
    static List<Page> of(PagesInstance pages) throws ConfigException {
        Path dir = pages.path();
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Page> found = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            files.filter(Files::isRegularFile).sorted().forEach(file -> {
                String rel = dir.relativize(file).toString().replace('\\', '/');
                String route = route(rel);
                if (route != null) {
                    String base = ContentRoot.trimSlashes(pages.routeBasePath());
                    found.add(new Page(file, ContentRoot.trimSlashes(base.isEmpty() ? route : base + "/" + route)));
                }
            });
        } catch (IOException | UncheckedIOException e) {
            throw new ConfigException("cannot list the pages folder " + IoReason.describe(dir,
                    e instanceof UncheckedIOException unchecked ? unchecked.getCause() : (IOException) e));
        }
        return found;
    }

    /** The route of a file at {@code rel} in the pages folder, or {@code null} when it is no React page. */
    static String route(String rel) {
        String lower = rel.toLowerCase(Locale.ROOT);
        String extension = EXTENSIONS.stream().filter(lower::endsWith).findFirst().orElse(null);
        if (extension == null || lower.contains("__tests__/") || lower.matches(".*\\.test\\.[jt]sx?$")) {
            return null;
        }
        for (String segment : rel.split("/")) {
            if (segment.startsWith("_")) {
                return null;
            }
        }
        String path = rel.substring(0, rel.length() - extension.length());
        if (path.equals("index")) {
            return "";
        }
        return path.endsWith("/index") ? path.substring(0, path.length() - "/index".length()) : path;
    }
}
