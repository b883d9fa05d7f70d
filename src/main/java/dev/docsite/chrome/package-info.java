/**
 * Stage 6, site chrome: a Docusaurus site's navbar, footer, favicon and social card ({@code themeConfig}) resolved
 * against the site's pages and sidebars, checked like page links, and seen from each page as template views.
 */
package dev.docsite.chrome;
