package dev.docsite.blog;

import dev.docsite.docusaurus.BlogOptions;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A blog's tags file ({@code tags.yml} unless {@code tags} says otherwise), normalised as Docusaurus's
 * {@code normalizeTagsFile} does: a tag's label defaults to its capitalised key, its permalink to
 * {@code /<kebab-cased key>}. A post's tag naming a key of the file is that tag; any other is an inline tag.
 *
 * @param tags the declared tags by key; empty without a file
 * @param exists whether the blog has a tags file (only then are inline tags reported)
 */
record TagsFile(Map<String, Tag> tags, boolean exists) {

    static final TagsFile NONE = new TagsFile(Map.of(), false);

    TagsFile {
        tags = Collections.unmodifiableMap(new LinkedHashMap<>(tags));
    }

    static TagsFile read(BlogOptions options) throws DataFile.Unreadable {
        if (options.tagsFile() == null) {
            return NONE;
        }
        Map<String, Object> data = DataFile.read(options.path().resolve(options.tagsFile()).normalize(),
                "tags file " + options.tagsFile());
        if (data == null) {
            return NONE;
        }
        Map<String, Tag> tags = new LinkedHashMap<>();
        for (Map.Entry<String, Object> e : data.entrySet()) {
            Object entry = e.getValue();
            String label = DataFile.text(entry, "label");
            String permalink = DataFile.text(entry, "permalink");
            tags.put(e.getKey(), new Tag(label != null && !label.isEmpty() ? label : Kebab.capitalize(e.getKey()),
                    url(options, permalink != null && !permalink.isEmpty() ? permalink : "/" + Kebab.kebabCase(e.getKey())),
                    DataFile.text(entry, "description"), false));
        }
        return new TagsFile(tags, true);
    }

    /** The tags of a post's frontmatter {@code tags} (strings, or {@code {label, permalink}} objects). */
    List<Tag> of(Object frontMatterTags, BlogOptions options) {
        List<Tag> out = new ArrayList<>();
        if (!(frontMatterTags instanceof List<?> list)) {
            return out;
        }
        for (Object entry : list) {
            if (entry instanceof Map<?, ?> object && object.get("label") != null) {
                String label = String.valueOf(object.get("label"));
                Object permalink = object.get("permalink");
                out.add(new Tag(label, url(options, permalink != null ? String.valueOf(permalink)
                        : Kebab.kebabCase(label)), null, true));
            } else if (entry != null && !(entry instanceof Map) && !(entry instanceof List)) {
                String name = String.valueOf(entry);
                Tag declared = tags.get(name);
                out.add(declared != null ? declared : new Tag(name, url(options, Kebab.kebabCase(name)), null, true));
            }
        }
        return out;
    }

    static String url(BlogOptions options, String permalink) {
        return BlogUrls.join(options.routeBasePath(), options.tagsBasePath(), permalink);
    }
}
