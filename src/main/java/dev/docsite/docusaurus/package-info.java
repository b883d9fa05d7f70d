/**
 * Stage 1, configuration: reads a Docusaurus site's {@code docusaurus.config.*} into records (site, theme, content
 * plugin instances, unknown plugins).
 */
package dev.docsite.docusaurus;
