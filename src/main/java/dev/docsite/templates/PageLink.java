package dev.docsite.templates;

/** A labelled link: breadcrumbs, previous/next. {@code url} is relative to the page being rendered, may be null. */
public record PageLink(String label, String url) {
}
