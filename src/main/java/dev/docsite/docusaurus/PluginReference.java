package dev.docsite.docusaurus;

/**
 * A preset, plugin or theme docsite does not run, to be named in a warning.
 *
 * @param kind {@code preset}, {@code plugin} or {@code theme}
 * @param name the module name as written (e.g. {@code @docusaurus/plugin-ideal-image}, {@code ./src/plugins/x}), or
 *     for a plugin given as a function, its function name
 */
public record PluginReference(String kind, String name) {
}
