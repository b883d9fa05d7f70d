/**
 * Stage 7, output: where the site is written ({@code OutputSink}): the staged folder swapped in atomically, or
 * nowhere.
 */
package dev.docsite.output;
