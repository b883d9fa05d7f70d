/**
 * Stage 1, configuration: a sandboxed JavaScript engine (GraalJS) that evaluates a Docusaurus site's configuration
 * and sidebars files (CommonJS, ES modules, TypeScript) with file reads limited to the site's folders.
 */
package dev.docsite.js;
