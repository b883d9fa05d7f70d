/** Stage 3, Markdown: MDX partials — {@code import X from './_x.md'} and {@code <X prop="v" />} — found, read and filled. */
package dev.docsite.markdown.partial;
