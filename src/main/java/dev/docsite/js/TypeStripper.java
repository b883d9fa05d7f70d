package dev.docsite.js;

import java.nio.file.Path;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.Value;

/**
 * Turns TypeScript and ES module syntax into the CommonJS JavaScript the engine's module system runs, with sucrase
 * (loaded into the engine only when a file needs it). Sucrase keeps every line where it was, so errors and stack
 * traces of the evaluated code point at the user's own lines.
 */
final class TypeStripper {
    /** An {@code import}/{@code export} statement at the start of a line, or a dynamic {@code import(...)}. */
    private static final Pattern MODULE_SYNTAX = Pattern.compile(
            "(?m)^\\s*(?:import\\s*[\\w{*'\"]|export\\s*(?:default\\b|[{*]|(?:const|let|var|function|async|class|type|interface)\\b))"
                    + "|\\bimport\\s*\\(|\\bimport\\.meta\\b");
    /**
     * {@code import.meta} of an ES module: the CommonJS body it becomes has no such syntax, so each use reads the
     * module's own file instead (Node's {@code url}, {@code filename}, {@code dirname}), on the same line.
     */
    private static final Pattern IMPORT_META = Pattern.compile("\\bimport\\s*\\.\\s*meta\\b");
    private static final String IMPORT_META_VALUE =
            "({url: 'file://' + __filename, filename: __filename, dirname: __dirname})";
    /**
     * {@code const require = createRequire(import.meta.url)} at the top of an ES module: legal there, where there is
     * no {@code require}, but a redeclaration of the CommonJS body's parameter; it becomes an assignment to it (the
     * same function: a require from this file).
     */
    private static final Pattern REQUIRE_DECLARATION = Pattern.compile("(?m)^(?:const|let|var)\\s+require\\s*=");
    private static final Pattern SUCRASE_LOCATION = Pattern.compile("\\s*\\((\\d+):(\\d+)\\)$");

    private final Supplier<Value> sucrase;

    TypeStripper(Supplier<Value> sucrase) {
        this.sucrase = sucrase;
    }

    /** {@code code} of {@code file}, runnable as a CommonJS module body. */
    String strip(String code, Path file) {
        String name = file.getFileName().toString();
        boolean typescript = name.endsWith(".ts") || name.endsWith(".mts") || name.endsWith(".cts")
                || name.endsWith(".tsx");
        boolean jsx = name.endsWith(".tsx") || name.endsWith(".jsx");
        if (!typescript && !jsx && !name.endsWith(".mjs") && !MODULE_SYNTAX.matcher(code).find()) {
            return code;
        }
        Value transform = sucrase.get().getMember("transform");
        Value options = transform.getContext().eval("js", "({})");
        options.putMember("transforms", transform.getContext().eval("js",
                typescript && jsx ? "['typescript', 'jsx', 'imports']" : typescript ? "['typescript', 'imports']"
                        : jsx ? "['jsx', 'imports']" : "['imports']"));
        options.putMember("filePath", file.toString());
        options.putMember("disableESTransforms", true);
        try {
            String stripped = transform.execute(code, options).getMember("code").asString();
            stripped = REQUIRE_DECLARATION.matcher(stripped).replaceAll("require =");
            return IMPORT_META.matcher(stripped).replaceAll(IMPORT_META_VALUE);
        } catch (PolyglotException e) {
            if (!e.isGuestException()) {
                throw e;
            }
            throw new ScriptFailure.Located(located(e, file));
        }
    }

    /**
     * Sucrase's parser puts the position on the error as {@code loc} (column 0-based) after the engine captured the
     * message, so both are read from the error object.
     */
    private static JsException located(PolyglotException e, Path file) {
        Value error = e.getGuestObject();
        String message = e.getMessage();
        if (error != null && error.hasMember("message") && error.getMember("message").isString()) {
            String text = SUCRASE_LOCATION.matcher(error.getMember("message").asString()).replaceFirst("");
            message = "SyntaxError: " + text.replace("Error transforming " + file + ": ", "");
        }
        Value loc = error == null ? null : error.getMember("loc");
        if (loc != null && loc.hasMember("line") && loc.getMember("line").fitsInInt()) {
            return new JsException(file, loc.getMember("line").asInt(), loc.getMember("column").asInt(), message);
        }
        return new JsException(file, 0, 0, message);
    }
}
