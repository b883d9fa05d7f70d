package dev.docsite.blog;

import dev.docsite.frontmatter.FrontMatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A post's authors from its frontmatter, as Docusaurus's {@code getBlogPostAuthors} reads them: {@code authors} as a
 * key, an object or a list of both (an object with a {@code key} takes the map's author and overrides its fields), or
 * the legacy {@code author}, {@code author_title}, {@code author_url}, {@code author_image_url} fields.
 */
final class PostAuthors {

    /** A frontmatter value Docusaurus rejects; the message says what to write instead. */
    static final class Invalid extends Exception {
        Invalid(String message) {
            super(message);
        }
    }

    private PostAuthors() {
    }

    static List<Author> of(FrontMatter fm, AuthorsMap map) throws Invalid {
        Map<String, Object> all = fm.all();
        Author legacy = legacy(all);
        Object authors = all.get("authors");
        if (legacy != null && authors != null) {
            throw new Invalid("a post cannot have both 'author' and 'authors'; move the author into 'authors'");
        }
        if (legacy != null) {
            return List.of(legacy);
        }
        if (authors == null) {
            return List.of();
        }
        List<Author> out = new ArrayList<>();
        for (Object entry : authors instanceof List<?> list ? list : List.of(authors)) {
            out.add(author(entry, map));
        }
        return out;
    }

    private static Author author(Object entry, AuthorsMap map) throws Invalid {
        if (entry instanceof String key) {
            return byKey(key, map);
        }
        if (entry instanceof Map<?, ?> object) {
            String key = DataFile.text(object, "key");
            Author base = key != null ? byKey(key, map) : new Author(null, null, null, null, null, null, null);
            return new Author(base.key(), or(DataFile.text(object, "name"), base.name()),
                    or(DataFile.text(object, "title"), base.title()), or(DataFile.text(object, "url"), base.url()),
                    or(AuthorsMap.imageUrl(object), base.imageUrl()), or(DataFile.text(object, "email"), base.email()),
                    base.pageUrl());
        }
        throw new Invalid("'authors' must be an author key, an author object or a list of them, not " + entry);
    }

    private static Author byKey(String key, AuthorsMap map) throws Invalid {
        if (!map.exists()) {
            throw new Invalid("can't reference blog post authors by a key (such as '" + key + "') because no authors"
                    + " map file could be loaded; create the blog's authors.yml or write the author inline");
        }
        Author author = map.authors().get(key);
        if (author == null) {
            throw new Invalid("blog author with key \"" + key + "\" not found in the authors map file; valid author"
                    + " keys are: " + String.join(", ", map.keys()));
        }
        return author;
    }

    private static Author legacy(Map<String, Object> all) {
        String name = text(all, "author");
        String title = or(text(all, "author_title"), text(all, "authorTitle"));
        String url = or(text(all, "author_url"), text(all, "authorURL"));
        String image = or(text(all, "author_image_url"), text(all, "authorImageURL"));
        if (name == null && title == null && url == null && image == null) {
            return null;
        }
        return new Author(null, name, title, url, image, null, null);
    }

    private static String text(Map<String, Object> all, String key) {
        Object v = all.get(key);
        return v == null || v instanceof Map || v instanceof List ? null : String.valueOf(v);
    }

    private static String or(String value, String fallback) {
        return value != null ? value : fallback;
    }
}
