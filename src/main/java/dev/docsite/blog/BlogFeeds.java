package dev.docsite.blog;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.rometools.rome.feed.synd.SyndCategory;
import com.rometools.rome.feed.synd.SyndCategoryImpl;
import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.feed.synd.SyndPersonImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import dev.docsite.docusaurus.BlogOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.function.Function;

/**
 * A blog's feeds as Docusaurus's {@code feed.ts} writes them: {@code rss.xml} (RSS 2.0), {@code atom.xml} (Atom 1.0)
 * and {@code feed.json} (JSON Feed 1.1) at the blog's URL, with the {@code limit} most recent listed posts, each with
 * its title, absolute URL as link and id, date, description, full HTML, authors and tags.
 *
 * @param blog      the blog
 * @param siteTitle the site's title, the feed's title unless {@code feedOptions.title} is set
 * @param siteUrl   the site's absolute URL with the base URL ({@code https://example.com/docs/})
 * @param html      a post's whole text as HTML, its URLs absolute
 */
public record BlogFeeds(Blog blog, String siteTitle, String siteUrl, Function<BlogPost, String> html) {

    /** The feed files to write: path in the site and content, for each type {@code feedOptions.type} asks for. */
    public record FeedFile(String path, BlogOptions.FeedType type) {
    }

    /** The feed files of the blog, in the order rss, atom, json; none without listed posts, as in Docusaurus. */
    public static List<FeedFile> files(Blog blog) {
        List<FeedFile> files = new ArrayList<>();
        if (blog.listed().isEmpty()) {
            return files;
        }
        for (BlogOptions.FeedType type : BlogOptions.FeedType.values()) {
            if (blog.options().feed().types().contains(type)) {
                files.add(new FeedFile(blog.url() + switch (type) {
                    case RSS -> "rss.xml";
                    case ATOM -> "atom.xml";
                    case JSON -> "feed.json";
                }, type));
            }
        }
        return files;
    }

    /** A feed as a page's head links it: media type, title and path from the site root. */
    public record FeedLink(String type, String title, String path) {
    }

    /**
     * The head links to the blog's feeds, as Docusaurus's {@code injectHtmlTags} adds them to every page: the feed's
     * title ({@code feedOptions.title}, else the site's) followed by "RSS Feed", "Atom Feed" or "JSON Feed", and the
     * media type Docusaurus gives (JSON Feed: {@code application/json}). Only feeds that are written are linked.
     */
    public static List<FeedLink> links(Blog blog, String siteTitle) {
        String title = blog.options().feed().title() != null ? blog.options().feed().title() : siteTitle;
        return files(blog).stream().map(f -> switch (f.type()) {
            case RSS -> new FeedLink("application/rss+xml", title + " RSS Feed", f.path());
            case ATOM -> new FeedLink("application/atom+xml", title + " Atom Feed", f.path());
            case JSON -> new FeedLink("application/json", title + " JSON Feed", f.path());
        }).toList();
    }

    /** The feed of {@code type}, as UTF-8 bytes. */
    public byte[] write(BlogOptions.FeedType type) {
        return switch (type) {
            case RSS -> xml("rss_2.0");
            case ATOM -> xml("atom_1.0");
            case JSON -> json();
        };
    }

    private List<BlogPost> posts() {
        List<BlogPost> listed = blog.listed();
        return listed.subList(0, Math.min(listed.size(), blog.options().feed().limit()));
    }

    private String title() {
        String title = blog.options().feed().title();
        return title != null && !title.isEmpty() ? title : siteTitle;
    }

    private String description() {
        String description = blog.options().feed().description();
        return description != null && !description.isEmpty() ? description : siteTitle + " Blog";
    }

    private String absolute(String url) {
        return siteUrl + url;
    }

    private byte[] xml(String type) {
        BlogOptions.Feed options = blog.options().feed();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType(type);
        feed.setTitle(title());
        feed.setLink(absolute(blog.url()));
        feed.setUri(absolute(blog.url()));
        feed.setDescription(description());
        feed.setLanguage(options.language());
        if (!options.copyright().isEmpty()) {
            feed.setCopyright(options.copyright());
        }
        List<BlogPost> posts = posts();
        feed.setPublishedDate(posts.isEmpty() ? null : Date.from(posts.get(0).date()));
        List<SyndEntry> entries = new ArrayList<>();
        for (BlogPost post : posts) {
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(post.title());
            entry.setLink(absolute(post.url()));
            entry.setUri(absolute(post.url()));
            entry.setPublishedDate(Date.from(post.date()));
            entry.setUpdatedDate(Date.from(post.date()));
            entry.setDescription(content("text/plain", post.description()));
            entry.setContents(List.of(content("html", html.apply(post))));
            List<SyndPerson> authors = new ArrayList<>();
            for (Author a : post.authors()) {
                SyndPerson person = new SyndPersonImpl();
                person.setName(a.label());
                person.setEmail(a.email());
                person.setUri(a.url());
                authors.add(person);
            }
            entry.setAuthors(authors);
            List<SyndCategory> categories = new ArrayList<>();
            for (Tag tag : post.tags()) {
                SyndCategory category = new SyndCategoryImpl();
                category.setName(tag.label());
                category.setTaxonomyUri(absolute(tag.url()));
                categories.add(category);
            }
            entry.setCategories(categories);
            entries.add(entry);
        }
        feed.setEntries(entries);
        if (type.startsWith("atom") && posts.stream().anyMatch(p -> p.authors().isEmpty())) {
            // RFC 4287 4.1.1: an entry without an author takes the feed's, and a feed without one is invalid.
            SyndPerson author = new SyndPersonImpl();
            author.setName(title());
            feed.setAuthors(List.of(author));
        }
        try {
            return new SyndFeedOutput().outputString(feed, true).getBytes(StandardCharsets.UTF_8);
        } catch (FeedException e) {
            throw new IllegalStateException("the " + type + " feed of the blog at /" + blog.url() + " cannot be written: "
                    + e.getMessage(), e);
        }
    }

    private static SyndContent content(String type, String value) {
        SyndContent content = new SyndContentImpl();
        content.setType(type);
        content.setValue(value);
        return content;
    }

    private byte[] json() {
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ObjectNode feed = mapper.createObjectNode();
        feed.put("version", "https://jsonfeed.org/version/1.1");
        feed.put("title", title());
        feed.put("home_page_url", absolute(blog.url()));
        feed.put("feed_url", absolute(blog.url() + "feed.json"));
        feed.put("description", description());
        if (blog.options().feed().language() != null) {
            feed.put("language", blog.options().feed().language());
        }
        ArrayNode items = feed.putArray("items");
        for (BlogPost post : posts()) {
            ObjectNode item = items.addObject();
            item.put("id", absolute(post.url()));
            item.put("url", absolute(post.url()));
            item.put("title", post.title());
            item.put("content_html", html.apply(post));
            item.put("summary", post.description());
            item.put("date_published", post.date().toString());
            if (!post.authors().isEmpty()) {
                ArrayNode authors = item.putArray("authors");
                for (Author a : post.authors()) {
                    ObjectNode author = authors.addObject().put("name", a.label());
                    if (a.url() != null) {
                        author.put("url", a.url());
                    }
                }
            }
            if (!post.tags().isEmpty()) {
                ArrayNode tags = item.putArray("tags");
                post.tags().forEach(t -> tags.add(t.label()));
            }
        }
        try {
            return mapper.writeValueAsBytes(feed);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
