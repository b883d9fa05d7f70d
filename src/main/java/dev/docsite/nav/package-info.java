/** Stage 4, site index and links: the Docusaurus-style sidebar, breadcrumbs, previous/next and tables of contents. */
package dev.docsite.nav;
