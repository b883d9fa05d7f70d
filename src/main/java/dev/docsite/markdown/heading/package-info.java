/** Stage 3, Markdown: heading ids as GitHub and Docusaurus make them, and explicit {@code {#id}} ids. */
package dev.docsite.markdown.heading;
