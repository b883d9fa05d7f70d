/** Stage 6, templates: the {@code search-index.json} the client-side search (lunr) loads. */
package dev.docsite.search;
