/**
 * Stage 2, content loading: finding page files, strict UTF-8 reading, {@code _category_} files and page identity
 * (doc id, URL).
 */
package dev.docsite.content;
