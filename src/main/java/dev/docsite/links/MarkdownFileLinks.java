package dev.docsite.links;

import dev.docsite.problem.ProblemCode;
import dev.docsite.config.ContentRoot;
import dev.docsite.config.LinkRules;
import dev.docsite.config.SiteConfig;
import dev.docsite.content.Page;
import dev.docsite.markdown.LinkRef;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Links to a page's file ({@code ./setup.md}, {@code /docs/intro.md}, {@code @site/docs/intro.mdx}). Under
 * {@link LinkRules#DOCUSAURUS} they resolve exactly as Docusaurus's {@code resolveMarkdownLinkPathname}: among the pages
 * of the linking page's plugin instance, {@code @site/…} from the site folder; {@code /x.md} from the content root,
 * then the site folder; {@code ./x.md} and {@code ../x.md} from the file's folder only; a bare {@code x.md} from the
 * file's folder, then the content root, then the site folder. Under {@link LinkRules#DOCSITE} a link is relative to
 * the file, {@code /x.md} to the content folder. Pages of the pages plugin do not resolve links to Markdown files
 * (Docusaurus gives only the docs and blog plugins' MDX loader a resolver). Thread-safe.
 */
final class MarkdownFileLinks {

    private final SiteConfig config;
    private final SiteIndex index;
    private final SiteFiles files;
    private final LinkVerdicts verdicts;

    MarkdownFileLinks(SiteConfig config, SiteIndex index, SiteFiles files, LinkVerdicts verdicts) {
        this.config = config;
        this.index = index;
        this.files = files;
        this.verdicts = verdicts;
    }

    Resolution resolve(Page from, LinkTarget t, LinkRef ref) {
        return config.layout().linkRules() == LinkRules.DOCUSAURUS || t.path().startsWith(AssetLinks.SITE_ALIAS)
                ? docusaurus(from, t, ref) : docsite(from, t, ref);
    }

    private Resolution docusaurus(Page from, LinkTarget t, LinkRef ref) {
        if (from.source().root().kind() == ContentRoot.Kind.PAGES) {
            // Only the docs and blog plugins give the MDX loader a resolver; a page's link stays as written.
            return verdicts.broken(from, ref, ProblemCode.BROKEN_LINK, "'" + t.raw() + "' names a Markdown file, and"
                    + " Docusaurus does not resolve links to files in pages (only in docs and blog posts); link to the"
                    + " page's URL instead");
        }
        List<Path> tried = sourcesToTry(from, ref, t.path());
        Page elsewhere = null;
        for (Path source : tried) {
            Page page = index.byFile(source);
            if (page != null && samePlugin(page, from)) {
                return verdicts.onPage(from, page, t, ref);
            }
            if (page != null && elsewhere == null) {
                elsewhere = page;
            }
        }
        if (elsewhere != null) {
            ContentRoot root = elsewhere.source().root();
            return verdicts.broken(from, ref, ProblemCode.BROKEN_LINK, "'" + t.raw() + "' is a page of another"
                    + " plugin (" + root.kind().name().toLowerCase(java.util.Locale.ROOT) + " '" + root.pluginId()
                    + "'), and Docusaurus resolves a link to a Markdown file only among the pages of the linking"
                    + " page's plugin; link to its URL '/" + UrlPaths.trimSlashes(elsewhere.url()) + "' instead");
        }
        Path nearest = tried.get(0);
        if (tried.stream().noneMatch(files::readable)) {
            return verdicts.outside(from, t, ref);
        }
        String looked = tried.stream().map(files::display).distinct().collect(Collectors.joining(", "));
        return verdicts.broken(from, ref, ProblemCode.BROKEN_LINK, reason(t, nearest) + " (looked for " + looked + ")"
                + verdicts.suggestion(from, t));
    }

    /** The files Docusaurus tries for {@code path}, in its order. */
    private List<Path> sourcesToTry(Page from, LinkRef ref, String path) {
        List<Path> dirs = new ArrayList<>();
        String rel = path;
        if (path.startsWith(AssetLinks.SITE_ALIAS)) {
            rel = path.substring(AssetLinks.SITE_ALIAS.length());
            dirs.add(config.siteRoot());
        } else if (path.startsWith("/")) {
            rel = path.substring(1);
            dirs.add(from.source().root().dir());
            dirs.add(config.siteRoot());
        } else if (path.startsWith("./") || path.startsWith("../")) {
            dirs.add(LinkVerdicts.sourceDir(from, ref, config));
        } else {
            dirs.add(LinkVerdicts.sourceDir(from, ref, config));
            dirs.add(from.source().root().dir());
            dirs.add(config.siteRoot());
        }
        List<Path> sources = new ArrayList<>(dirs.size());
        for (Path dir : dirs) {
            sources.add(dir.resolve(rel).normalize());
        }
        return sources;
    }

    private static boolean samePlugin(Page a, Page b) {
        ContentRoot ra = a.source().root();
        ContentRoot rb = b.source().root();
        return ra.pluginId().equals(rb.pluginId()) && ra.kind() == rb.kind();
    }

    private Resolution docsite(Page from, LinkTarget t, LinkRef ref) {
        Path file = t.path().startsWith("/")
                ? config.contentDir().resolve(t.path().substring(1)).normalize()
                : LinkVerdicts.sourceDir(from, ref, config).resolve(t.path()).normalize();
        if (!files.readable(file)) {
            return verdicts.outside(from, t, ref);
        }
        Page page = index.byFile(file);
        if (page != null) {
            return verdicts.onPage(from, page, t, ref);
        }
        String why = Files.isRegularFile(file) ? reason(t, file)
                : "no page file '" + t.raw() + "' (looked for " + files.display(file) + ")";
        return verdicts.broken(from, ref, ProblemCode.BROKEN_LINK, why + verdicts.suggestion(from, t));
    }

    private static String reason(LinkTarget t, Path file) {
        return Files.isRegularFile(file)
                ? "'" + t.raw() + "' is a file but no page is built from it (a draft, a partial starting with '_',"
                + " or outside the content folder)"
                : "no page file '" + t.raw() + "'";
    }
}
