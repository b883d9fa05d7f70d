package dev.docsite.config;

import java.nio.file.Path;

/**
 * Links whose resolved site path starts with {@code prefix} and have no local page go to {@code base}.
 *
 * @param name   key under {@code links:} in site.yml, for messages
 * @param prefix site path prefix without leading or trailing slash, e.g. {@code platform}
 * @param base   absolute URL that replaces the prefix, ending with {@code /}
 * @param index  optional file listing the known pages (one path per line, or a sitemap.xml)
 */
public record LinkBase(String name, String prefix, String base, Path index) {
}
