package dev.docsite.output;

import dev.docsite.config.ConfigException;
import dev.docsite.config.ContentRoot;
import dev.docsite.config.SiteConfig;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Where {@code --report} may write: a regular file, or a new one, in a folder that exists, and not inside the site's
 * inputs or its output. The report replaces its file, so a report pointed at a page, a device or a symbolic link
 * would destroy it; such a path is a usage error (exit 2) found before anything is built or written.
 */
public final class ReportLocation {

    private ReportLocation() {
    }

    /** Throws a {@link ConfigException} naming the report path and what is wrong with it. */
    public static void validate(SiteConfig config) throws ConfigException {
        Path report = config.reportFile();
        if (report == null) {
            return;
        }
        Path file = report.toAbsolutePath().normalize();
        Path parent = file.getParent();
        if (parent == null || !Files.isDirectory(parent)) {
            throw refused(file, "its folder " + parent + " does not exist; create it first");
        }
        if (Files.exists(file, LinkOption.NOFOLLOW_LINKS) && !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
            throw refused(file, "it exists and is not a regular file (a folder, device or symbolic link)");
        }
        Path real = real(parent).resolve(file.getFileName());
        for (Input input : inputs(config)) {
            if (real.startsWith(real(input.dir())) || file.startsWith(input.dir())) {
                throw refused(file, "it is inside " + input.what() + " (" + input.dir() + ")");
            }
        }
        String name = file.getFileName().toString();
        if (file.getParent().equals(config.siteRoot().toAbsolutePath().normalize())
                && (name.equals("site.yml") || name.startsWith("docusaurus.config.") || name.startsWith("sidebars."))) {
            throw refused(file, "it is the site's configuration");
        }
    }

    private record Input(Path dir, String what) {
    }

    private static List<Input> inputs(SiteConfig config) {
        List<Input> inputs = new ArrayList<>();
        for (ContentRoot root : config.contentRoots()) {
            inputs.add(new Input(root.dir(), "the content folder"));
        }
        for (Path dir : config.staticDirs()) {
            inputs.add(new Input(dir, "the static folder"));
        }
        if (config.templatesDir() != null) {
            inputs.add(new Input(config.templatesDir(), "the templates folder"));
        }
        inputs.add(new Input(config.outDir(), "the output folder"));
        return inputs;
    }

    private static Path real(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        try {
            return abs.toRealPath();
        } catch (IOException e) {
            return abs; // not there (yet): nothing can be under it
        }
    }

    private static ConfigException refused(Path file, String why) {
        return new ConfigException("--report " + file + ": " + why + "; the report is written only to a regular"
                + " file (or a new one) outside the site's content, static, templates and output folders");
    }
}
