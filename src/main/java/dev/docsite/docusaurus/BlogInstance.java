package dev.docsite.docusaurus;

import java.nio.file.Path;
import java.util.Map;

/**
 * One instance of {@code @docusaurus/plugin-content-blog}.
 *
 * @param id {@code default} unless set
 * @param path the blog folder, absolute (default {@code blog} in the site folder)
 * @param routeBasePath URL prefix as written, default {@code blog}
 * @param options every option as written
 * @param settings the options docsite builds the blog with, typed, Docusaurus's defaults filled in
 */
public record BlogInstance(String id, Path path, String routeBasePath, Map<String, Object> options,
                           BlogOptions settings) {
}
