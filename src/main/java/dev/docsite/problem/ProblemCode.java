package dev.docsite.problem;

/**
 * Every problem code docsite reports, with the meaning the README's problem table gives it. The codes are stable: they
 * are printed in brackets, written to the JSON report and matched by scripts, so a code is never renamed or reused.
 */
public enum ProblemCode {
    CONFIG("config", "`site.yml`, the Docusaurus configuration or a sidebars file became invalid while the preview server runs (the previous configuration is kept; "
            + "`build` and `check` exit with 2 instead)"),
    FRONTMATTER("frontmatter", "malformed YAML or a field of the wrong type (the page is still built), or a `slug`/`id` giving a URL"
            + " docsite cannot write: a control character, a backslash, a name starting with `.`, or one of docsite's own"
            + " files (`404.html`, `sitemap.xml`, `search-index.json`/`.js`, `assets/`; that page is not built)"),
    UNREADABLE_FILE("unreadable-file", "not UTF-8, binary, unreadable, or holding every character docsite"
            + " marks links with (the page is not built)"),
    CATEGORY("category", "a `_category_` file that cannot be read or has a field of the wrong type (the folder name "
            + "is used as the label)"),
    DUPLICATE_PAGE("duplicate-page", "two pages with the same URL or doc id (the second is not built)"),
    BROKEN_LINK("broken-link", "no page matches the link, or it goes to a page a `links:` site does not list (rendered with a "
            + "visible broken-link style)"),
    BROKEN_ANCHOR("broken-anchor", "the page exists but has no heading or element with the link's `#id`"),
    MISSING_ASSET("missing-asset", "an image or file the page links to does not exist or cannot be read"),
    AMBIGUOUS_LINK("ambiguous-link", "a link without extension that matches more than one page (the first is used)"),
    LINK_OUTSIDE_SITE("link-outside-site", "a reference leaving the site folder (never copied)"),
    UNKNOWN_KPI("unknown-kpi", "a KPI id the feed does not have (a visible placeholder is rendered)"),
    KPI_FEED("kpi-feed", "the KPI feed could not be read or is invalid"),
    SIDEBAR("sidebar", "a sidebars file names a doc id its docs folder does not have, or a category with neither "
            + "items nor a link (the item is left out of the sidebar); a warning when the file requires an npm package,"
            + " which docsite does not install (a category left empty by it is left out, the rest is built)"),
    UNKNOWN_COMPONENT("unknown-component", "an MDX component docsite does not know (its children are rendered, the "
            + "component itself is not)"),
    UNKNOWN_ADMONITION("unknown-admonition", "an admonition type Docusaurus does not know (`:::notee`; rendered as a "
            + "generic admonition)"),
    UNCLOSED_ADMONITION("unclosed-admonition", "an admonition without its closing `:::` (it runs to the end of its "
            + "container)"),
    MDX_EXPRESSION("mdx-expression", "an MDX expression (`{x}`, `label={constants.x}`) using a page's `export const` or an"
            + " imported site module that cannot be evaluated (its source text is kept)"),
    DOC_CARD_LIST("doc-card-list", "`<DocCardList />` on a doc that is in no sidebar category, so it has no items to show"
            + " (Docusaurus's build fails there; docsite shows no cards)"),
    FOOTNOTE("footnote", "a footnote (`[^note]: text`) no text calls with `[^note]` (Docusaurus leaves it out of the"
            + " page, and so does docsite)"),
    TAGS("tags", "a doc's tag its docs version's tags file (`tags.yml`, the docs plugin's `tags` option) does not define,"
            + " as the plugin's `onInlineTags` says: an error for `throw`, a warning for `warn` and `log`"),
    PARTIAL("partial", "an imported Markdown partial that is missing, unreadable, outside the site's folders, or includes "
            + "itself (it is not rendered); a warning for a partial of an npm package, which docsite does not install"),
    NESTING("nesting", "Markdown nested more than 100 levels deep (block quotes, lists, MDX components, admonitions: "
            + "the rest of the page is shown as plain text), or a page too large or complex to parse (the page is not built)"),
    SYMLINK("symlink", "a symbolic link in the content, static or templates folder (not followed: its target may lie "
            + "outside the site)"),
    UNSAFE_URL("unsafe-url", "a link or image to a `javascript:`, `vbscript:` or `data:` URL (`data:image/` is allowed"
            + " in images): written as a link to `#`, as it could run a script"),
    TEMPLATE("template", "a template failed"),
    OUTPUT("output", "a previous output, abandoned staging folder or build cache beside the output folder could not be removed or read "
            + "(the build itself is not affected; delete what it names by hand)"),
    DOCUSAURUS_UNSUPPORTED("docusaurus-unsupported", "a part of a Docusaurus site docsite does not build: a plugin,"
            + " preset or theme it does not run, React pages, other locales, npm modules the"
            + " configuration required (one warning each; links into a React page are not reported)"),
    BLOG("blog", "what Docusaurus's blog plugin reports: an author key missing from the authors map, an inline author"
            + " or tag (`onInlineAuthors`, `onInlineTags`), posts without a truncation marker"
            + " (`onUntruncatedBlogPosts`), an unreadable authors map, tags file or post `date`"),
    RENDER("render", "the preview server could not render a page for another reason (a docsite bug: please report "
            + "it with the message)"),
    WATCH("watch", "the preview server cannot watch a folder (permission denied, or the system's limit of watched"
            + " folders reached): changes in it are not seen until the preview is restarted; the site is still served");

    private final String id;
    private final String meaning;

    ProblemCode(String id, String meaning) {
        this.id = id;
        this.meaning = meaning;
    }

    /** The code as printed in brackets and written to the report, e.g. {@code broken-link}. */
    public String id() {
        return id;
    }

    /** One line, in the README's words (Markdown). */
    public String meaning() {
        return meaning;
    }

    @Override
    public String toString() {
        return id;
    }
}
