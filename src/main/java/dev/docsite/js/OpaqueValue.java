package dev.docsite.js;

/**
 * Something taken from a module that is not available to docsite (an npm package, a Node built-in it does not
 * provide), such as {@code require('prism-react-renderer').themes.github}.
 *
 * @param description the module and the path into it, e.g. {@code prism-react-renderer.themes.github}
 */
public record OpaqueValue(String description) {
}
