package dev.docsite.docusaurus;

import dev.docsite.js.JsException;
import dev.docsite.js.JsFunction;
import java.util.Map;
import java.util.Optional;

/** A docs or blog plugin's {@code editUrl}: a base URL, or a function of the doc or post computing the whole URL. */
public sealed interface EditUrl {

    /**
     * The edit URL of one doc.
     *
     * @param docPath the doc's path relative to the plugin's {@code path}, e.g. {@code guides/intro.md}
     * @param versionDocsDirPath the docs folder relative to the site folder, e.g. {@code docs} or {@code ../docs}
     * @param permalink the doc's URL path
     * @return the URL; empty when a function returns nothing (Docusaurus then shows no edit link)
     * @throws JsException when the function throws
     */
    default Optional<String> forDoc(String docPath, String versionDocsDirPath, String permalink) throws JsException {
        return forDoc(DocsVersion.CURRENT, docPath, versionDocsDirPath, permalink);
    }

    /**
     * The edit URL of one doc of docs version {@code version} ({@code current}, {@code 1.0}), whose folder is
     * {@code versionDocsDirPath} ({@code versioned_docs/version-1.0}); the other parameters as above.
     */
    Optional<String> forDoc(String version, String docPath, String versionDocsDirPath, String permalink)
            throws JsException;

    /**
     * The edit URL of one blog post, as the blog plugin's {@code blogUtils.ts} makes it: a base URL followed by the
     * blog folder and the post's path, or the function called with {@code blogDirPath}, {@code blogPath},
     * {@code permalink} and {@code locale} ({@code editLocalizedFiles} does not apply: there are no translations).
     *
     * @param blogPath    the post's path relative to the blog folder, e.g. {@code 2026-06-22-launch.md}
     * @param blogDirPath the blog folder relative to the site folder, e.g. {@code blog}
     * @param permalink   the post's URL path
     */
    Optional<String> forPost(String blogPath, String blogDirPath, String permalink) throws JsException;

    /**
     * {@code editUrl: 'https://github.com/o/r/tree/main/'}: the URL is that base + the docs folder + the doc path.
     *
     * @param url               the base URL as written
     * @param currentVersionDir with {@code editCurrentVersion: true}, the current version's docs folder relative to
     *                          the site folder ({@code docs}): every version's docs link to the file of that folder,
     *                          as Docusaurus's {@code getVersionEditUrls} does; empty: each version's own folder
     */
    record Base(String url, Optional<String> currentVersionDir) implements EditUrl {

        /** A base URL that leads each version's docs to the version's own folder. */
        public Base(String url) {
            this(url, Optional.empty());
        }

        @Override
        public Optional<String> forDoc(String version, String docPath, String versionDocsDirPath, String permalink) {
            String base = url.endsWith("/") ? url : url + "/";
            String dir = currentVersionDir.orElse(versionDocsDirPath);
            String folder = dir.isEmpty() || dir.endsWith("/") ? dir : dir + "/";
            return Optional.of(base + folder + docPath);
        }

        @Override
        public Optional<String> forPost(String blogPath, String blogDirPath, String permalink) {
            return forDoc(DocsVersion.CURRENT, blogPath, blogDirPath, permalink);
        }
    }

    /** {@code editUrl: ({docPath}) => ...}, called as Docusaurus calls it. */
    record Computed(JsFunction function) implements EditUrl {
        @Override
        public Optional<String> forDoc(String version, String docPath, String versionDocsDirPath, String permalink)
                throws JsException {
            Object url = function.call(Map.of("version", version, "versionDocsDirPath", versionDocsDirPath,
                    "docPath", docPath, "permalink", permalink, "locale", "en"));
            return url(url);
        }

        @Override
        public Optional<String> forPost(String blogPath, String blogDirPath, String permalink) throws JsException {
            return url(function.call(Map.of("blogDirPath", blogDirPath, "blogPath", blogPath, "permalink", permalink,
                    "locale", "en")));
        }

        private static Optional<String> url(Object url) {
            return url instanceof String text && !text.isEmpty() ? Optional.of(text) : Optional.empty();
        }
    }
}
