package dev.docsite.js;

import java.util.Optional;
import org.graalvm.polyglot.Value;

/**
 * A function of an evaluated script, kept callable (Docusaurus's {@code editUrl: ({docPath}) => ...}).
 * Arguments are converted like {@link JsRuntime} results in reverse: {@code Map} → object, {@code List} → array.
 * The result is settled when it is a promise, and converted to Java values.
 */
public final class JsFunction {
    private final JsRuntime runtime;
    private final Value function;
    private final String name;

    JsFunction(JsRuntime runtime, Value function) {
        this.runtime = runtime;
        this.function = function;
        Value nameMember = function.getMember("name");
        this.name = nameMember != null && nameMember.isString() ? nameMember.asString() : "";
    }

    /** The function's {@code name}, empty for an anonymous one. */
    public Optional<String> name() {
        return name.isEmpty() ? Optional.empty() : Optional.of(name);
    }

    /**
     * Calls the function.
     *
     * @throws JsException when it throws or returns a promise that rejects or never settles
     */
    public Object call(Object... arguments) throws JsException {
        return runtime.call(function, arguments);
    }

    @Override
    public String toString() {
        return "function " + name + "()";
    }
}
