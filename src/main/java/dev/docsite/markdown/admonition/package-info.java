/** Stage 3, Markdown: the {@code :::note} … {@code :::} admonition syntax. */
package dev.docsite.markdown.admonition;
