package dev.docsite.docusaurus;

import java.nio.file.Path;
import java.util.Map;

/**
 * One instance of {@code @docusaurus/plugin-content-pages}.
 *
 * @param id {@code default} unless set
 * @param path the pages folder, absolute (default {@code src/pages} in the site folder)
 * @param routeBasePath URL prefix as written, default {@code /}
 * @param options every option as written
 */
public record PagesInstance(String id, Path path, String routeBasePath, Map<String, Object> options) {
}
