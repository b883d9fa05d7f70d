package dev.docsite.docusaurus;

import java.util.List;

/**
 * The content plugin instances of a site, in configuration order: preset first, then {@code plugins}.
 *
 * @param docs docs instances (none when the preset has {@code docs: false} and no plugin adds one)
 * @param blogs blog instances (the classic preset adds one unless {@code blog: false})
 * @param pages pages instances (the classic preset adds one unless {@code pages: false})
 */
public record ContentPlugins(List<DocsInstance> docs, List<BlogInstance> blogs, List<PagesInstance> pages) {
}
