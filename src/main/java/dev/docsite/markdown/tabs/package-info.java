/** Stage 3, Markdown: {@code <Tabs>}/{@code <TabItem>} as tab panels readable without JavaScript. */
package dev.docsite.markdown.tabs;
