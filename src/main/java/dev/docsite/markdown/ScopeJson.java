package dev.docsite.markdown;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Plain data (frontmatter, evaluated values) as a JavaScript literal: JSON, with dates as ISO-8601 text (a YAML
 * {@code date: 2024-05-01} is a {@code Date} in Docusaurus's {@code frontMatter}, shown as text either way).
 */
final class ScopeJson {

    private static final ObjectMapper JSON = new ObjectMapper()
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

    private ScopeJson() {
    }

    static String of(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("plain data always serialises", e);
        }
    }
}
