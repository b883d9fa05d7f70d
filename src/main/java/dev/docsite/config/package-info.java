/** Stage 1, configuration: {@code site.yml} and the command-line flags into one {@code SiteConfig} (flags win). */
package dev.docsite.config;
