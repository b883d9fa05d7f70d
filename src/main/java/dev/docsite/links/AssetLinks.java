package dev.docsite.links;

import dev.docsite.problem.ProblemCode;
import dev.docsite.config.LinkRules;
import dev.docsite.config.SiteConfig;
import dev.docsite.content.Page;
import dev.docsite.markdown.LinkRef;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * References to files that are copied into the output: images, and links to PDFs and other files. A path relative to
 * the page is relative to its file; {@code /img/x.png} is in a static folder (docsite sites also look in the content
 * folder); {@code @site/…} is relative to the site folder. Thread-safe.
 */
final class AssetLinks {

    static final String SITE_ALIAS = "@site/";

    private final SiteConfig config;
    private final SiteFiles files;
    private final AssetRegistry assets;
    private final LinkVerdicts verdicts;

    AssetLinks(SiteConfig config, SiteFiles files, AssetRegistry assets, LinkVerdicts verdicts) {
        this.config = config;
        this.files = files;
        this.assets = assets;
        this.verdicts = verdicts;
    }

    /** Where the reference {@code path} points on disk. */
    Path file(Page from, LinkRef ref, String path) {
        if (path.startsWith(SITE_ALIAS)) {
            return config.siteRoot().resolve(path.substring(SITE_ALIAS.length())).normalize();
        }
        if (path.startsWith("/")) {
            Path inStatic = files.inStatic(path);
            if (Files.isRegularFile(inStatic) || config.layout().linkRules() != LinkRules.DOCSITE
                    || config.staticDirs().stream().noneMatch(inStatic::startsWith)) {
                return inStatic;
            }
            String rel = UrlPaths.withoutBaseUrl(path, config.baseUrl()).substring(1);
            Path inContent = config.contentDir().resolve(rel).normalize();
            return Files.isRegularFile(inContent) ? inContent : inStatic;
        }
        return LinkVerdicts.sourceDir(from, ref, config).resolve(path).normalize();
    }

    /** Whether the reference names a file that is there (inside the site or not). */
    boolean exists(Page from, LinkRef ref, String path) {
        return files.state(file(from, ref, path)) != SiteFiles.State.MISSING;
    }

    Resolution resolve(Page from, LinkTarget t, LinkRef ref) {
        Path file = file(from, ref, t.path());
        if (!files.readable(file)) {
            return verdicts.outside(from, t, ref);
        }
        switch (files.state(file)) {
            case MISSING:
                return verdicts.broken(from, ref, ProblemCode.MISSING_ASSET, "no file '" + t.raw() + "' (looked for "
                        + files.display(file) + ")");
            case OUTSIDE:
                return verdicts.outside(from, t, ref);
            case UNREADABLE:
                return verdicts.broken(from, ref, ProblemCode.MISSING_ASSET, "cannot read '" + t.raw() + "'");
            default:
                break;
        }
        String sitePath = assets.register(file);
        return new Resolution(Resolution.Kind.ASSET, null, file, sitePath, t.suffix(), null);
    }

    AssetRegistry registry() {
        return assets;
    }
}
