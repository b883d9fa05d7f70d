/**
 * Stage 1, configuration: {@code site.yml} or a Docusaurus site's {@code docusaurus.config.*}, and the command-line
 * flags, into one {@code SiteConfig} (flags win).
 */
package dev.docsite.config;
