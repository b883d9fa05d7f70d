package dev.docsite.nav;

import dev.docsite.config.ContentRoot;
import dev.docsite.docusaurus.DocsTagsFile;
import dev.docsite.docusaurus.DocsVersion;
import dev.docsite.content.Page;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The tags of one docs root, as Docusaurus's docs plugin publishes them: the frontmatter {@code tags} of its listed
 * docs, a tags index at {@code <routeBasePath>/tags/} and one page per tag at {@code <routeBasePath>/tags/<tag>/}.
 *
 * @param indexUrl the tags index's URL relative to the site root ({@code tags/}, {@code docs/tags/})
 * @param tags     every tag, sorted by label (case-insensitively), each with its docs sorted by title
 * @param noIndex  whether the root's docs version asks search engines not to index it (its pages are not in the
 *                 sitemap)
 */
public record DocTags(String indexUrl, List<Tag> tags, boolean noIndex) {

    /**
     * @param label the tag's label in the tags file, else as first written (tags whose URLs are the same are one
     *              tag, as in Docusaurus)
     * @param url   its page's URL relative to the site root
     * @param description its description in the tags file, or {@code null}
     * @param pages the listed docs carrying it
     */
    public record Tag(String label, String url, String description, List<Page> pages) {
        public Tag {
            pages = List.copyOf(pages);
        }
    }

    public DocTags {
        tags = List.copyOf(tags);
    }

    /** The tags of each docs root whose listed docs carry any, in the order of the roots. */
    public static List<DocTags> of(List<Page> pages) {
        Map<ContentRoot, Map<String, List<Page>>> byRoot = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        for (Page page : pages) {
            ContentRoot root = page.source().root();
            if (root.kind() != ContentRoot.Kind.DOCS || !page.listed() || page.frontMatter().tags().isEmpty()) {
                continue;
            }
            // Two labels of one page may name the same tag; a set of its URLs, not List.contains (a record's
            // equals compares whole outlines: quadratic in the tag's pages, seconds at 10,000 pages).
            Set<String> seen = new HashSet<>();
            for (String written : page.frontMatter().tags()) {
                String url = tagUrl(root, written);
                labels.putIfAbsent(url, written);
                if (seen.add(url)) {
                    byRoot.computeIfAbsent(root, r -> new LinkedHashMap<>()).computeIfAbsent(url, u -> new ArrayList<>())
                            .add(page);
                }
            }
        }
        List<DocTags> all = new ArrayList<>();
        byRoot.forEach((root, byUrl) -> {
            List<Tag> tags = new ArrayList<>();
            byUrl.forEach((url, tagged) -> {
                DocsTagsFile.DeclaredTag declared = declared(root, labels.get(url));
                tags.add(new Tag(declared == null ? labels.get(url) : declared.label(), url,
                        declared == null ? null : declared.description(), tagged.stream()
                        .sorted(Comparator.comparing(Page::title, String.CASE_INSENSITIVE_ORDER)).toList()));
            });
            tags.sort(Comparator.comparing(Tag::label, String.CASE_INSENSITIVE_ORDER));
            all.add(new DocTags(indexUrl(root), tags, root.version().map(DocsVersion::noIndex).orElse(false)));
        });
        return all;
    }

    /** The tags index of {@code root}: {@code tags/} for docs at the site root, else {@code <route>/tags/}. */
    public static String indexUrl(ContentRoot root) {
        return root.routeBasePath().isEmpty() ? "tags/" : root.routeBasePath() + "/tags/";
    }

    /**
     * The page of the tag {@code label} of the docs in {@code root}: the permalink of the tags file's tag of that key,
     * else the label in kebab case, under the tags index; {@code null} for a root without tag pages.
     */
    public static String tagUrl(ContentRoot root, String label) {
        if (root.kind() != ContentRoot.Kind.DOCS) {
            return null;
        }
        DocsTagsFile.DeclaredTag declared = declared(root, label);
        if (declared != null) {
            String path = dev.docsite.web.UrlPath.segments(declared.permalink());
            return indexUrl(root) + (path.isEmpty() ? "" : path + "/");
        }
        return indexUrl(root) + slug(label) + "/";
    }

    /** The label a doc's tag {@code written} shows: the tags file's label of that key, else as written. */
    public static String label(ContentRoot root, String written) {
        DocsTagsFile.DeclaredTag declared = declared(root, written);
        return declared == null ? written : declared.label();
    }

    /** The tags file's tag of key {@code written} in {@code root}'s docs version, or {@code null}. */
    private static DocsTagsFile.DeclaredTag declared(ContentRoot root, String written) {
        return root.version().map(v -> v.tags().tags().get(written)).orElse(null);
    }

    /** As lodash's kebabCase, which Docusaurus uses for tag URLs: "Getting Started" → {@code getting-started}. */
    static String slug(String label) {
        if (SLUGS.size() > SLUG_CACHE_LIMIT) { // a long preview session must not keep every label ever typed
            SLUGS.clear();
        }
        return SLUGS.computeIfAbsent(label, DocTags::kebabCase);
    }

    private static String kebabCase(String label) {
        String plain = MARKS.matcher(Normalizer.normalize(label, Normalizer.Form.NFKD)).replaceAll("");
        String slug = NON_WORD.matcher(CAMEL.matcher(plain).replaceAll("$1-$2").toLowerCase(Locale.ROOT))
                .replaceAll("-");
        slug = EDGE_DASHES.matcher(slug).replaceAll("");
        return slug.isEmpty() ? "tag" : slug;
    }

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern CAMEL = Pattern.compile("([\\p{Ll}\\p{N}])(\\p{Lu})");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final Pattern EDGE_DASHES = Pattern.compile("^-+|-+$");
    /** Sites have few distinct tags and every tagged page asks for their URLs (once when listing, once rendering). */
    private static final Map<String, String> SLUGS = new ConcurrentHashMap<>();
    private static final int SLUG_CACHE_LIMIT = 10_000;
}
