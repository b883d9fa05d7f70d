/**
 * Stage 3, Markdown: the values an MDX file defines with {@code export const} and imports from the site's own
 * modules ({@code import constants from '@site/core/TabsConstants'}), evaluated in the sandboxed JavaScript engine for
 * the JSX attributes and {@code {expressions}} that use them.
 */
package dev.docsite.markdown.scope;
