package dev.docsite.links;

import dev.docsite.content.Page;
import java.util.List;
import java.util.Map;

/**
 * The link graph of a site, as {@code check --links} prints it.
 *
 * @param pages          pages built
 * @param links          links and images checked (excluding {@code mailto:} and the like)
 * @param externalLinks  absolute links to other sites (not fetched)
 * @param platformLinks  links rewritten to configured external documentation
 * @param problemsByCode link problems counted by code
 * @param orphans        listed pages (other than the home page) that no page links to
 */
public record LinkReport(int pages, int links, int externalLinks, int platformLinks, Map<String, Integer> problemsByCode,
                         List<Page> orphans) {

    public LinkReport {
        problemsByCode = Map.copyOf(problemsByCode);
        orphans = List.copyOf(orphans);
    }
}
