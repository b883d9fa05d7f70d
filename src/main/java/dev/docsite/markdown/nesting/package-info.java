/**
 * Stage 3, Markdown: input of any shape parses in linear time without deep recursion — a thematic-break check that
 * does not recurse per character, and a nesting limit beyond which the rest of a page is kept as plain text.
 */
package dev.docsite.markdown.nesting;
