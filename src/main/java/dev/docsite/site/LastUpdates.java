package dev.docsite.site;

import dev.docsite.config.ContentRoot;
import dev.docsite.config.SiteConfig;
import dev.docsite.content.GitHistory;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/** The last git commit of every page file, for the content roots whose pages show it ({@code showLastUpdateTime}). */
final class LastUpdates {

    private LastUpdates() {
    }

    /** One {@code git log} per root that shows last updates; none for a site whose roots do not. */
    static Map<Path, GitHistory.LastUpdate> read(SiteConfig config) {
        Map<Path, GitHistory.LastUpdate> all = new HashMap<>();
        for (ContentRoot root : config.contentRoots()) {
            if (root.lastUpdate().any()) {
                all.putAll(GitHistory.lastUpdates(root.dir()));
            }
        }
        return Map.copyOf(all);
    }
}
