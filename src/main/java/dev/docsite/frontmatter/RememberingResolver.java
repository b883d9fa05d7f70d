package dev.docsite.frontmatter;

import java.util.HashMap;
import java.util.Map;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * SnakeYAML's own {@link Resolver}, remembering the type it found for each short plain scalar. Which type a plain
 * scalar has ({@code true} a boolean, {@code 3} an integer, {@code title} a string) depends on nothing but its text,
 * and SnakeYAML finds it by running regular expressions on every key and value whose first character could start a
 * typed one: a tenth of loading a page's frontmatter, where the same keys ({@code title}, {@code tags}) and short
 * values come back on every page. Not thread-safe: one per SnakeYAML instance, which is one per thread.
 */
final class RememberingResolver extends Resolver {

    /** Longer scalars (titles, descriptions) seldom repeat; the table stays small. */
    private static final int LONGEST = 32;
    private static final int MOST = 4096;

    private final Map<String, Tag> plain = new HashMap<>();

    @Override
    public Tag resolve(NodeId kind, String value, boolean implicit) {
        if (kind != NodeId.scalar || !implicit || value.length() > LONGEST) {
            return super.resolve(kind, value, implicit);
        }
        Tag tag = plain.get(value);
        if (tag == null) {
            tag = super.resolve(kind, value, implicit);
            if (plain.size() < MOST) {
                plain.put(value, tag);
            }
        }
        return tag;
    }
}
