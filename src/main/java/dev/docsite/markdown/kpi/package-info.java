/** Stage 3, Markdown: the inline {@code :kpi[id]} syntax. */
package dev.docsite.markdown.kpi;
