package dev.docsite.content;

import dev.docsite.problem.IoReason;
import dev.docsite.config.ContentRoot;
import dev.docsite.problem.Problem;
import dev.docsite.problem.ProblemCode;
import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Finds pages under the content roots. Files and folders whose name starts with {@code _} or {@code .} are not
 * pages (Docusaurus partials); symbolic links are not followed, so content cannot pull in files from elsewhere.
 */
public final class ContentScanner {

    private final CategoryReader categoryReader = new CategoryReader();

    /**
     * The pages of every root, root by root, each in path order, and each root's folder metadata. A missing docs
     * folder is an error, a missing pages or blog folder is not.
     */
    public ContentTree scanAll(List<ContentRoot> roots, Function<Path, String> display) throws IOException {
        List<SourceFile> files = new ArrayList<>();
        Categories categories = Categories.NONE;
        List<Problem> problems = new ArrayList<>();
        for (ContentRoot root : roots) {
            if (root.kind() != ContentRoot.Kind.DOCS && !Files.isDirectory(root.dir())) {
                continue; // as Docusaurus's pages and blog plugins: a missing folder has no pages
            }
            ContentTree tree = scan(root, display);
            files.addAll(tree.files());
            categories = categories.and(tree.categories());
            problems.addAll(tree.problems());
        }
        return new ContentTree(files, categories, problems);
    }

    /**
     * @param contentDir a content folder published at the root (docsite's {@code content})
     * @param display    how to show a path in problems
     */
    public ContentTree scan(Path contentDir, Function<Path, String> display) throws IOException {
        return scan(ContentRoot.docsAtRoot(contentDir), display);
    }

    /**
     * @param root    the content root
     * @param display how to show a path in problems
     */
    public ContentTree scan(ContentRoot root, Function<Path, String> display) throws IOException {
        Path contentDir = root.dir();
        List<SourceFile> files = new ArrayList<>();
        Map<String, Category> categories = new HashMap<>();
        List<Problem> problems = new ArrayList<>();
        if (!Files.isDirectory(contentDir)) {
            throw new IOException("content folder " + contentDir + " does not exist (check 'content:' in site.yml or --content)");
        }
        Files.walkFileTree(contentDir, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attrs) {
                if (!dir.equals(contentDir) && isHidden(dir.getFileName().toString())) {
                    return FileVisitResult.SKIP_SUBTREE;
                }
                String folder = relative(contentDir, dir);
                categories.put(folder, categoryReader.read(dir, folder, display, problems));
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) {
                String name = file.getFileName().toString();
                if (attrs.isSymbolicLink()) {
                    problems.add(SymbolicLinks.skipped(file, display));
                }
                if (attrs.isRegularFile() && !isHidden(name) && isPage(name)) {
                    files.add(new SourceFile(file, relative(contentDir, file), display.apply(file), root));
                }
                return FileVisitResult.CONTINUE;
            }

            @Override
            public FileVisitResult visitFileFailed(Path file, IOException exc) {
                problems.add(Problem.error(ProblemCode.UNREADABLE_FILE, display.apply(file), 0, 0,
                        "cannot read: " + IoReason.of(exc)));
                return FileVisitResult.CONTINUE;
            }
        });
        files.sort(Comparator.comparing(SourceFile::relPath, NaturalOrder.INSTANCE));
        return new ContentTree(files, Categories.of(root, categories), problems);
    }

    static boolean isHidden(String name) {
        return name.startsWith("_") || name.startsWith(".");
    }

    static boolean isPage(String name) {
        return name.endsWith(".md") || name.endsWith(".mdx");
    }

    private static String relative(Path root, Path p) {
        return root.relativize(p).toString().replace('\\', '/');
    }
}
