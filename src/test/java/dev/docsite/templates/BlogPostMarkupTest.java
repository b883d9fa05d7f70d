package dev.docsite.templates;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A post's header and footer written in Java are the built-in {@code blog-post.ftlh}'s, byte for byte. */
class BlogPostMarkupTest {

    @TempDir
    Path tmp;

    private final ThemeRenderer builtIn = new ThemeRenderer(Path.of("no-such-templates"));

    private static final BlogViews.Post POST = new BlogViews.Post("Release 2.0", "../../2026/06/22/release/",
            "2026-06-22", "June 22, 2026", "3 min read",
            List.of(new BlogViews.Author("Ana & Bo", "Lead <dev>", "../../authors/ana/", "../../img/ana.png"),
                    new BlogViews.Author(null, null, null, "https://e.example/x.png?a=1&b=2")),
            List.of(new BlogViews.Tag("it's", "../../tags/its/", 0)), "", true);

    @Test
    void writesTheHeaderAndFooterOfAPost() {
        assertEquals("""
                <div class="blog-post-meta"><time datetime="2026-06-22">June 22, 2026</time> · 3 min read</div>
                <ul class="blog-authors">
                <li class="blog-author"><img class="blog-author-image" src="../../img/ana.png" alt="Ana &amp; Bo" width="40" height="40" loading="lazy"><span class="blog-author-text"><a class="blog-author-name" href="../../authors/ana/">Ana &amp; Bo</a><small class="blog-author-title">Lead &lt;dev&gt;</small></span></li>
                <li class="blog-author"><img class="blog-author-image" src="https://e.example/x.png?a=1&amp;b=2" alt="" width="40" height="40" loading="lazy"><span class="blog-author-text"></span></li>
                </ul>
                """, builtIn.renderPostHeader(SamplePages.SITE, POST));
        assertEquals("""
                <ul class="tags blog-tags" aria-label="Tags">
                <li class="tag"><a href="../../tags/its/" rel="tag">it&#39;s</a></li>
                </ul>
                <p class="last-updated">Last updated on <time datetime="2026-11-28">Nov 28, 2026</time></p>
                <nav class="pagination-nav" aria-label="Blog post page navigation">

                <a class="pagination-link pagination-next" href="../../older/" rel="next"><span class="pagination-sublabel">Older post</span><span class="pagination-label">&quot;Older&quot;</span></a>
                </nav>
                """, builtIn.renderPostFooter(SamplePages.SITE, new BlogViews.PostFooter(POST, null,
                new BlogViews.Link("\"Older\"", "../../older/"), null,
                new LastUpdateView("2026-11-28", "Nov 28, 2026", null))));
    }

    @Test
    void writesTheSameBytesAsTheTemplateForEveryValuePresentOrMissing() {
        Random random = new Random(15);
        for (int round = 0; round < 400; round++) {
            BlogViews.Post post = new BlogViews.Post(text(random), url(random), text(random), text(random),
                    random.nextBoolean() ? null : text(random), authors(random), tags(random), "", random.nextBoolean());
            BlogViews.PostFooter footer = new BlogViews.PostFooter(post,
                    random.nextBoolean() ? null : new BlogViews.Link(text(random), url(random)),
                    random.nextBoolean() ? null : new BlogViews.Link(text(random), url(random)),
                    random.nextBoolean() ? null : url(random),
                    random.nextBoolean() ? null : lastUpdate(random));
            assertEquals(builtIn.renderPart(ThemeRenderer.POST_TEMPLATE, SamplePages.SITE, Map.of("part", "header",
                    "post", post)), BlogPostMarkup.header(post), "header, round " + round);
            assertEquals(builtIn.renderPart(ThemeRenderer.POST_TEMPLATE, SamplePages.SITE, footer.model()),
                    BlogPostMarkup.footer(footer), "footer, round " + round);
        }
    }

    @Test
    void aCopyOfTheBuiltInTemplatesIsNoOverrideAndAChangedOneIsRenderedByFreemarker() throws Exception {
        Path copy = Files.createDirectories(tmp.resolve("copy"));
        for (String name : List.of(ThemeRenderer.POST_TEMPLATE, ThemeRenderer.POST_META_TEMPLATE)) {
            Files.write(copy.resolve(name), getClass().getClassLoader()
                    .getResourceAsStream(ThemeRenderer.BUILT_IN_FOLDER + "/" + name).readAllBytes());
        }
        Path changed = Files.createDirectories(tmp.resolve("changed"));
        Files.writeString(changed.resolve(ThemeRenderer.POST_META_TEMPLATE),
                "<#macro meta post>[${post.title}]</#macro><#macro tags post>{${post.tags?size}}</#macro>");

        assertEquals(BlogPostMarkup.header(POST), new ThemeRenderer(copy).renderPostHeader(SamplePages.SITE, POST));
        assertEquals("[Release 2.0]", new ThemeRenderer(changed).renderPostHeader(SamplePages.SITE, POST));
        assertEquals("{1}", new ThemeRenderer(changed).renderPostFooter(SamplePages.SITE,
                new BlogViews.PostFooter(POST, null, null, null, null)));
    }

    private static final String[] TEXTS = {"Plain", "A & B", "<b>x</b>", "it's \"quoted\"", "Überblick → 日本", ""};

    private static String text(Random random) {
        return TEXTS[random.nextInt(TEXTS.length)];
    }

    private static String url(Random random) {
        return "../" + text(random) + "/?a=1&b=2";
    }

    /** The date for readers and for {@code <time datetime>} are both shown or neither. */
    private static LastUpdateView lastUpdate(Random random) {
        boolean dated = random.nextBoolean();
        return new LastUpdateView(dated ? text(random) : null, dated ? text(random) : null,
                random.nextBoolean() ? null : text(random));
    }

    private static List<BlogViews.Author> authors(Random random) {
        List<BlogViews.Author> authors = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            authors.add(new BlogViews.Author(random.nextBoolean() ? null : text(random),
                    random.nextBoolean() ? null : text(random), random.nextBoolean() ? null : url(random),
                    random.nextBoolean() ? null : url(random)));
        }
        return authors;
    }

    private static List<BlogViews.Tag> tags(Random random) {
        List<BlogViews.Tag> tags = new ArrayList<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            tags.add(new BlogViews.Tag(text(random), url(random), 0));
        }
        return tags;
    }
}
