/**
 * Entry: the picocli commands {@code build}, {@code check} and {@code serve}, their exit codes, and printing
 * problems.
 */
package dev.docsite.cli;
