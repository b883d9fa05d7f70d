package dev.docsite.js;

/**
 * The JavaScript engine cannot start on the running Java: GraalJS 23.1 needs {@code sun.misc.Unsafe} methods that
 * Java 22 removed, so on a newer JDK every Docusaurus config, sidebars file and MDX import would fail with a linkage
 * error deep in the engine. This names the cause and the fix instead.
 */
public final class JsEngineUnavailableException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    JsEngineUnavailableException(LinkageError cause) {
        super("the JavaScript engine (needed for Docusaurus configs, sidebars files and MDX imports) does not run on"
                + " Java " + Runtime.version().feature() + "; run docsite with Java 17 to 21 (for the launcher:"
                + " DOCSITE_JAVA_HOME=/path/to/jdk-17) [" + cause + "]", cause);
    }
}
