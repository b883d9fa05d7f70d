package dev.docsite.blog;

/**
 * A post's tag.
 *
 * @param label       shown name
 * @param url         site-relative URL of the tag's page ({@code blog/tags/release-notes/})
 * @param description from the tags file, or {@code null}
 * @param inline      written in the post only, not declared in the tags file
 */
public record Tag(String label, String url, String description, boolean inline) {
}
