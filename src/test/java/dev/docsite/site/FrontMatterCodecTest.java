package dev.docsite.site;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.docsite.frontmatter.FrontMatter;
import dev.docsite.frontmatter.FrontMatterParser;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The build cache gives back a page's frontmatter as SnakeYAML loaded it: the same typed fields and values. */
class FrontMatterCodecTest {

    @Test
    void everyKindOfYamlValueComesBackAsLoaded() throws IOException {
        FrontMatter fm = parse("""
                ---
                id: intro
                title: "Intro: \\u00e9t\\u00e9"
                sidebar_label: Start
                sidebar_position: 2.5
                pagination_prev: null
                pagination_next: guides/next
                keywords: [a, b]
                tags: [one, two]
                hide_title: true
                toc_max_heading_level: 4
                last_update: {date: 2026-11-20, author: Ann}
                kpis: [backlog]
                count: 12
                big: 123456789012345678901234567890
                long: 12345678901
                ratio: .5
                when: 2026-11-20T08:00:00Z
                nothing: ~
                nested: {1: one, list: [x, {deep: [true, false]}]}
                set: !!set {a, b}
                ---
                body
                """);
        FrontMatter back = roundTrip(fm);
        assertEquals(fm, back);
        assertEquals(fm.all().toString(), back.all().toString());
        assertEquals(List.of("id", "title", "sidebar_label", "sidebar_position", "pagination_prev", "pagination_next",
                "keywords", "tags", "hide_title", "toc_max_heading_level", "last_update", "kpis", "count", "big", "long",
                "ratio", "when", "nothing", "nested", "set"), List.copyOf(back.all().keySet()));
        for (Map.Entry<String, Object> e : fm.all().entrySet()) {
            Object v = back.all().get(e.getKey());
            assertEquals(e.getValue() == null ? null : e.getValue().getClass(), v == null ? null : v.getClass(),
                    e.getKey());
        }
    }

    @Test
    void binaryValuesComeBackByteForByte() throws IOException {
        FrontMatter fm = parse("---\ntitle: B\nlogo: !!binary aGVsbG8=\n---\n");
        assertArrayEquals("hello".getBytes(), (byte[]) roundTrip(fm).all().get("logo"));
    }

    @Test
    void aValueOfAnotherClassIsRefusedSoThePageIsReadFromItsFile() {
        FrontMatter fm = FrontMatter.builder().all(Map.of("odd", new StringBuilder("x"))).build();
        FrontMatterCodec.Uncacheable e = assertThrows(FrontMatterCodec.Uncacheable.class,
                () -> FrontMatterCodec.write(new DataOutputStream(new ByteArrayOutputStream()), fm));
        assertEquals("a frontmatter value of class java.lang.StringBuilder", e.getMessage());
    }

    private static FrontMatter parse(String text) {
        return new FrontMatterParser().parse(text, "page.md").frontMatter();
    }

    private static FrontMatter roundTrip(FrontMatter fm) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        FrontMatterCodec.write(new DataOutputStream(bytes), fm);
        return FrontMatterCodec.read(new DataInputStream(new ByteArrayInputStream(bytes.toByteArray())));
    }
}
