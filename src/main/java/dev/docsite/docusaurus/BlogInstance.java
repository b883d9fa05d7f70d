package dev.docsite.docusaurus;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * One instance of {@code @docusaurus/plugin-content-blog}.
 *
 * @param id {@code default} unless set
 * @param path the blog folder, absolute (default {@code blog} in the site folder)
 * @param routeBasePath URL prefix as written, default {@code blog}
 * @param options every option as written
 * @param settings the options docsite builds the blog with, typed, Docusaurus's defaults filled in
 * @param editUrl the posts' edit link, when set
 * @param showLastUpdateTime whether posts show their last git commit date
 * @param showLastUpdateAuthor whether posts show their last git commit author
 */
public record BlogInstance(String id, Path path, String routeBasePath, Map<String, Object> options,
                           BlogOptions settings, Optional<EditUrl> editUrl, boolean showLastUpdateTime,
                           boolean showLastUpdateAuthor) {

    /** An instance whose posts show neither an edit link nor their last update. */
    public BlogInstance(String id, Path path, String routeBasePath, Map<String, Object> options,
                        BlogOptions settings) {
        this(id, path, routeBasePath, options, settings, Optional.empty(), false, false);
    }
}
