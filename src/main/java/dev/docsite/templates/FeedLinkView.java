package dev.docsite.templates;

/**
 * A feed every page links to in its head ({@code <link rel="alternate">}), as Docusaurus's blog plugin adds one for
 * each feed it writes.
 *
 * @param type  media type ({@code application/rss+xml})
 * @param title what a feed reader shows ({@code My Site RSS Feed})
 * @param path  the feed's path from the site root ({@code blog/rss.xml}), written after the page's root
 */
public record FeedLinkView(String type, String title, String path) {
}
