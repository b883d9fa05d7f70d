/** Stage 3, Markdown: flexmark with the Docusaurus syntax; parses a page once into its outline and a body template. */
package dev.docsite.markdown;
