package dev.docsite.frontmatter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.yaml.snakeyaml.nodes.NodeId;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.resolver.Resolver;

/** The remembering resolver gives SnakeYAML's type for every scalar, the first time and every time after. */
class RememberingResolverTest {

    private static final List<String> SCALARS = List.of("title", "tags", "true", "True", "TRUE", "tRue", "yes", "no",
            "on", "off", "OFF", "false", "f", "n", "null", "Null", "~", "", "0", "1", "-3", "+7", "0x1F", "0o17",
            "1_000", "1.5", "-.5e3", ".inf", "-.Inf", ".NaN", "2026-11-28", "2026-11-28 10:00:00", "<<", "=",
            "page-0001", "sidebar_position", "a description of more than thirty-two characters, which is not kept",
            "12345678901234567890123456789012345");

    private static List<Tag> resolveAll(Resolver resolver, boolean implicit) {
        List<Tag> tags = new ArrayList<>();
        for (String scalar : SCALARS) {
            tags.add(resolver.resolve(NodeId.scalar, scalar, implicit));
        }
        return tags;
    }

    @Test
    void givesSnakeYamlsTypeTheFirstAndTheSecondTime() {
        Resolver snakeYaml = new Resolver();
        RememberingResolver remembering = new RememberingResolver();
        List<Tag> expected = resolveAll(snakeYaml, true);
        assertEquals(expected, resolveAll(remembering, true));
        assertEquals(expected, resolveAll(remembering, true));
        assertEquals(resolveAll(snakeYaml, false), resolveAll(remembering, false));
    }

    @Test
    void typesTheCommonFrontmatterScalars() {
        RememberingResolver resolver = new RememberingResolver();
        assertEquals(List.of(Tag.STR, Tag.BOOL, Tag.INT, Tag.FLOAT, Tag.NULL, Tag.TIMESTAMP, Tag.STR),
                List.of("title", "true", "3", "1.5", "~", "2026-11-28", "page-0001").stream()
                        .map(s -> resolver.resolve(NodeId.scalar, s, true)).toList());
        assertEquals(Tag.SEQ, resolver.resolve(NodeId.sequence, null, true));
        assertEquals(Tag.MAP, resolver.resolve(NodeId.mapping, null, true));
    }
}
