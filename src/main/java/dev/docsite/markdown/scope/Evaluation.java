package dev.docsite.markdown.scope;

/**
 * The outcome of evaluating one expression: its value as plain Java data ({@code String}, {@code Long},
 * {@code Double}, {@code Boolean}, {@code List}, {@code Map}, {@code null}), or why it has none.
 *
 * @param value the value, when {@code error} is {@code null}
 * @param error what went wrong, e.g. {@code ReferenceError: navigator is not defined (core/TabsConstants.tsx:12)}
 */
public record Evaluation(Object value, String error) {

    public static Evaluation of(Object value) {
        return new Evaluation(value, null);
    }

    public static Evaluation failed(String error) {
        return new Evaluation(null, error);
    }

    public boolean ok() {
        return error == null;
    }
}
