package dev.docsite.bench;

/**
 * The Hugo side of the same corpus, written to {@code <site>/hugo/}.
 *
 * <p>Hugo reads the very same {@code content/} folder through a module mount; only the section and home
 * {@code index.md} files are excluded, because in Hugo an {@code index.md} turns a folder into a leaf bundle whose
 * other pages stop being pages. Their bytes are copied as {@code hugo/sections/.../_index.md} and mounted over the
 * content, which is how Hugo spells "section page". The layout is not generated: {@code bench/run} copies
 * {@code bench/hugo-layout/layouts} to {@code hugo/layouts}.
 */
final class HugoSiteWriter {

    private HugoSiteWriter() {
    }

    static String config(String title) {
        return """
                # Hugo builds the same Markdown as docsite (see bench/run). Generated; do not edit.
                baseURL = "http://localhost:1313/"
                title = %s
                disableKinds = ["taxonomy", "term", "RSS"]

                [markup.tableOfContents]
                  startLevel = 2
                  endLevel = 3

                [[module.mounts]]
                  source = "../content"
                  target = "content"
                  excludeFiles = ["index.md", "*/index.md", "**/_category_.yml"]

                [[module.mounts]]
                  source = "sections"
                  target = "content"

                [[module.mounts]]
                  source = "../static"
                  target = "static"

                [[module.mounts]]
                  source = "layouts"
                  target = "layouts"
                """.formatted(Yaml.quote(title));
    }
}
