/**
 * Stage 2, blog posts: each Docusaurus blog instance's posts (pages of its {@code BLOG} content root) as a
 * {@link dev.docsite.blog.Blog}: dates and slugs from file names or frontmatter, authors (inline or from
 * {@code authors.yml}), tags ({@code tags.yml}), truncation markers and reading time, and the routes Docusaurus builds
 * for them (paginated list pages, tag pages, archive, author pages), plus their RSS, Atom and JSON feeds.
 */
package dev.docsite.blog;
