package dev.docsite.blog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.docsite.site.BuildResult;
import dev.docsite.testing.BuiltFixture;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;

/**
 * The blog fixture's feeds hold what their specifications require, checked element by element against the
 * specifications themselves rather than a parser that accepts anything: RSS 2.0 (rssboard.org/rss-specification:
 * {@code <rss version="2.0">}, a channel with title, link and description, items with a title or description, dates
 * in RFC 822) and Atom 1.0 (RFC 4287: the Atom namespace, feed and entries with id, title and updated in RFC 3339,
 * an alternate link, and an author for every entry: its own, else the feed's, which names the feed when a post has
 * none).
 */
class FeedSpecificationTest {

    private static final String ATOM = "http://www.w3.org/2005/Atom";

    @TempDir
    static Path dir;
    static Path out;

    @BeforeAll
    static void build() throws Exception {
        BuiltFixture built = BuiltFixture.of("blogs", dir);
        out = built.out();
        BuildResult result = built.result();
    }

    private static Document xml(String path) throws Exception {
        DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
        factory.setNamespaceAware(true);
        return factory.newDocumentBuilder().parse(out.resolve(path).toFile());
    }

    private static List<Element> children(Element parent, String ns, String name) {
        List<Element> found = new ArrayList<>();
        for (Node n = parent.getFirstChild(); n != null; n = n.getNextSibling()) {
            if (n instanceof Element e && e.getLocalName().equals(name)
                    && (ns == null ? e.getNamespaceURI() == null : ns.equals(e.getNamespaceURI()))) {
                found.add(e);
            }
        }
        return found;
    }

    private static String one(Element parent, String ns, String name) {
        List<Element> found = children(parent, ns, name);
        assertEquals(1, found.size(), parent.getLocalName() + " holds exactly one " + name);
        return found.get(0).getTextContent();
    }

    @Test
    void rssFeedsAreRss20() throws Exception {
        for (String path : List.of("blog/rss.xml", "releases/rss.xml")) {
            Element rss = xml(path).getDocumentElement();
            assertEquals("rss|2.0", rss.getLocalName() + "|" + rss.getAttribute("version"), path);
            List<Element> channels = children(rss, null, "channel");
            assertEquals(1, channels.size(), path);
            Element channel = channels.get(0);
            for (String required : List.of("title", "link", "description")) {
                assertTrue(!one(channel, null, required).isBlank(), path + ": channel " + required);
            }
            List<Element> items = children(channel, null, "item");
            assertTrue(!items.isEmpty(), path);
            for (Element item : items) {
                assertTrue(!children(item, null, "title").isEmpty() || !children(item, null, "description").isEmpty(),
                        path + ": an item has a title or a description");
                ZonedDateTime.parse(one(item, null, "pubDate"), DateTimeFormatter.RFC_1123_DATE_TIME);
                assertTrue(one(item, null, "link").startsWith("https://blogs.example.com/"), path);
            }
        }
    }

    @Test
    void atomFeedIsAtom10() throws Exception {
        Element feed = xml("blog/atom.xml").getDocumentElement();
        assertEquals(ATOM + "|feed", feed.getNamespaceURI() + "|" + feed.getLocalName());
        assertEquals("https://blogs.example.com/blog/", one(feed, ATOM, "id"));
        assertEquals("Engineering feed", one(feed, ATOM, "title"));
        OffsetDateTime.parse(one(feed, ATOM, "updated"));
        assertEquals("Engineering feed", one(children(feed, ATOM, "author").get(0), ATOM, "name"),
                "listed posts without an author: the feed has one, its title");
        List<Element> entries = children(feed, ATOM, "entry");
        List<String> authors = new ArrayList<>();
        for (Element entry : entries) {
            assertTrue(one(entry, ATOM, "id").startsWith("https://blogs.example.com/blog/"));
            assertTrue(!one(entry, ATOM, "title").isBlank());
            OffsetDateTime.parse(one(entry, ATOM, "updated"));
            assertEquals("alternate", children(entry, ATOM, "link").get(0).getAttribute("rel"));
            authors.add(String.join(",", children(entry, ATOM, "author").stream().map(a -> one(a, ATOM, "name"))
                    .toList()));
        }
        assertEquals(List.of("Linus", "", ""), authors, "entries without an author take the feed's");
    }
}
