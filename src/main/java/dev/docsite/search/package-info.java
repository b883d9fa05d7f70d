/**
 * Stage 6, templates: the client-side search's index, split into a manifest, term fragments and document chunks
 * ({@code search/}) that {@code assets/search.js} loads as a query needs them.
 */
package dev.docsite.search;
