/** Stage 4, site index and links: pages by URL, file and doc id; every link resolved and checked; assets to copy. */
package dev.docsite.links;
