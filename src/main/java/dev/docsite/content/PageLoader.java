package dev.docsite.content;

import dev.docsite.docusaurus.NumberPrefix;
import dev.docsite.frontmatter.FrontMatter;
import dev.docsite.frontmatter.FrontMatterParser;
import dev.docsite.frontmatter.ParsedSource;
import dev.docsite.markdown.Heading;
import dev.docsite.markdown.MarkdownNotice;
import dev.docsite.markdown.PageOutline;
import dev.docsite.markdown.ParsedPage;
import dev.docsite.markdown.UnmarkableSourceException;
import dev.docsite.problem.Problem;
import dev.docsite.problem.ProblemCode;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/** Reads one page file into a {@link Page}: text, frontmatter, outline, identity. Thread-safe. */
public final class PageLoader {

    /**
     * The result for one file: a page (absent for drafts and unreadable files) and its problems.
     *
     * @param draftId the doc id of a draft, which sidebars may name (Docusaurus leaves such items out), else {@code null}
     */
    public record Loaded(Page page, List<Problem> problems, String draftId) {

        public Loaded(Page page, List<Problem> problems) {
            this(page, problems, null);
        }
    }

    private final SourceReader reader = new SourceReader();
    private final FrontMatterParser frontMatterParser = new FrontMatterParser();
    private final BodyParser parser;

    /** The Markdown stage as the loader calls it for one page. */
    @FunctionalInterface
    public interface BodyParser {
        /**
         * @param file the page file (it locates the partials the page imports)
         * @param frontMatter the page's frontmatter (its MDX expressions read it as {@code frontMatter})
         * @param body the page's text with its frontmatter blanked
         * @return its outline and, if it keeps one, its body template
         */
        ParsedPage parse(SourceFile file, FrontMatter frontMatter, String body);
    }

    /** @param parser the Markdown stage: a page body to its outline and, if it keeps one, its body template */
    public PageLoader(Function<String, ParsedPage> parser) {
        this.parser = (file, frontMatter, body) -> parser.apply(body);
    }

    private PageLoader(BodyParser parser, boolean perFile) {
        this.parser = parser;
    }

    /** @param parser the Markdown stage, given each page's file and frontmatter */
    public static PageLoader perFile(BodyParser parser) {
        return new PageLoader(parser, true);
    }

    public Loaded load(SourceFile file) {
        String text;
        try {
            text = reader.read(file.path());
        } catch (SourceReader.UnreadableSourceException e) {
            return new Loaded(null, List.of(Problem.error(ProblemCode.UNREADABLE_FILE, file.displayPath(), e.line(), 0,
                    e.getMessage())));
        }
        return fromText(file, text);
    }

    /** Builds the page from text already read (the preview server keeps files in memory). */
    public Loaded fromText(SourceFile file, String text) {
        List<Problem> problems = new ArrayList<>();
        ParsedSource parsed = frontMatterParser.parse(text, file.displayPath());
        problems.addAll(parsed.problems());
        FrontMatter fm = parsed.frontMatter();
        if (fm.draft()) {
            return new Loaded(null, problems, PageIdentity.docId(file, fm));
        }
        String url = PageIdentity.url(file, fm);
        String badUrl = PageUrlCheck.problem(url);
        if (badUrl != null) {
            String key = fm.slug() != null && !fm.slug().isBlank() ? "slug" : "id";
            problems.add(Problem.error(ProblemCode.FRONTMATTER, file.displayPath(), fm.lineOf(key), 0, "the page's URL '"
                    + url.replaceAll("\\p{Cntrl}", "?") + "' " + badUrl + "; change '" + key + "' (the page is not built)"));
            return new Loaded(null, problems);
        }
        ParsedPage markdown;
        try {
            markdown = parser.parse(file, fm, parsed.body());
        } catch (UnmarkableSourceException e) {
            problems.add(Problem.error(ProblemCode.UNREADABLE_FILE, file.displayPath(), 1, 0, e.getMessage()
                    + " (the page is not built)"));
            return new Loaded(null, problems);
        } catch (StackOverflowError | OutOfMemoryError e) {
            // The nesting limit keeps real pages far from this; whatever still gets here fails this page alone.
            problems.add(Problem.error(ProblemCode.NESTING, file.displayPath(), 1, 0, "the page is too "
                    + (e instanceof StackOverflowError ? "deeply nested" : "large") + " to parse ("
                    + e.getClass().getSimpleName() + "); it is not built: split it or nest less deeply"));
            return new Loaded(null, problems);
        }
        for (MarkdownNotice notice : markdown.notices()) {
            problems.add(new Problem(notice.severity(), notice.code(),
                    notice.file() != null ? notice.file() : file.displayPath(), notice.line(), notice.column(),
                    notice.message(), null));
        }
        PageOutline outline = FrontMatterLinks.withFrontMatterLinks(markdown.outline(), fm, text);
        String title = fm.title() != null ? fm.title()
                : outline.firstH1() != null ? outline.firstH1()
                : fallbackTitle(file);
        String label = fm.sidebarLabel() != null ? fm.sidebarLabel() : title;
        Page page = Page.builder()
                .source(file)
                .docId(PageIdentity.docId(file, fm))
                .url(url)
                .folder(file.folder())
                .categoryIndex(PageIdentity.isCategoryIndex(file))
                .title(title)
                .sidebarLabel(label)
                .frontMatter(fm)
                .body(markdown.body() == null ? parsed.body() : null)
                .outline(outline)
                .bodyTemplate(markdown.body())
                .build();
        return new Loaded(page, problems);
    }

    private static String fallbackTitle(SourceFile file) {
        boolean index = PageIdentity.isCategoryIndex(file);
        String folder = file.folder();
        if (index && !folder.isEmpty()) {
            return NumberPrefix.strip(folder.substring(folder.lastIndexOf('/') + 1));
        }
        return NumberPrefix.strip(file.baseName());
    }

    /** True when the body opens with a level-1 heading, which then serves as the visible title. */
    public static boolean startsWithH1(PageOutline outline) {
        List<Heading> hs = outline.headings();
        return !hs.isEmpty() && hs.get(0).level() == 1 && outline.firstH1() != null;
    }
}
