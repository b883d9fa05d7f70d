package dev.docsite.blog;

import dev.docsite.docusaurus.BlogOptions;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A blog's authors map ({@code authorsMapPath}, {@code authors.yml} by default), as Docusaurus's
 * {@code authorsMap.ts} normalises it: {@code image_url} is {@code imageURL}, an author with {@code page: true} gets a
 * page at {@code <blog>/<authorsBasePath>/<kebab-cased key>}, {@code page: {permalink}} one at that permalink.
 *
 * @param authors the authors by key, in file order; empty when the blog has no authors map
 * @param exists  whether the blog has an authors map file (then Docusaurus builds the authors list page)
 */
record AuthorsMap(Map<String, Author> authors, boolean exists) {

    static final AuthorsMap NONE = new AuthorsMap(Map.of(), false);

    AuthorsMap {
        authors = Collections.unmodifiableMap(new LinkedHashMap<>(authors));
    }

    static AuthorsMap read(BlogOptions options) throws DataFile.Unreadable {
        Path file = options.path().resolve(options.authorsMapPath()).normalize();
        Map<String, Object> data = DataFile.read(file, "authors map " + options.authorsMapPath());
        if (data == null) {
            return NONE;
        }
        String base = options.routeBasePath().isEmpty() ? options.authorsBasePath()
                : options.routeBasePath() + "/" + options.authorsBasePath();
        Map<String, Author> authors = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : data.entrySet()) {
            Object entry = e.getValue();
            if (!(entry instanceof Map)) {
                throw new DataFile.Unreadable("the authors map " + options.authorsMapPath() + ": '" + e.getKey()
                        + "' should be an author object containing properties like name, title, and imageURL");
            }
            authors.put(e.getKey(), new Author(e.getKey(), DataFile.text(entry, "name"), DataFile.text(entry, "title"),
                    DataFile.text(entry, "url"), imageUrl(entry), DataFile.text(entry, "email"),
                    pageUrl(base, e.getKey(), ((Map<?, ?>) entry).get("page"))));
        }
        return new AuthorsMap(authors, true);
    }

    static String imageUrl(Object entry) {
        String url = DataFile.text(entry, "image_url");
        return url != null ? url : DataFile.text(entry, "imageURL");
    }

    private static String pageUrl(String base, String key, Object page) {
        String slug;
        if (Boolean.TRUE.equals(page)) {
            slug = Kebab.kebabCase(key);
        } else if (page instanceof Map<?, ?> map && map.get("permalink") != null) {
            slug = String.valueOf(map.get("permalink"));
        } else {
            return null;
        }
        return BlogUrls.join(base, slug);
    }

    /** The keys, for a message naming the valid ones. */
    List<String> keys() {
        return List.copyOf(authors.keySet());
    }
}
