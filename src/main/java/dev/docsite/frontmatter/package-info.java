/** Stage 2, content loading: a page's YAML frontmatter split from its body and typed as Docusaurus defines it. */
package dev.docsite.frontmatter;
