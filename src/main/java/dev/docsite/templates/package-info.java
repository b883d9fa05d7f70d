/** Stage 6, templates: the Freemarker theme and the view records ({@code PageView}, {@code SiteView}) it reads. */
package dev.docsite.templates;
