package dev.docsite.js;

/** Failures raised on the Java side of the engine while a script runs; they travel through the script as errors. */
final class ScriptFailure {
    private ScriptFailure() {
    }

    /** A module or file the script may not have or that does not exist; becomes a JavaScript {@code Error}. */
    static final class Refused extends Exception {
        private static final long serialVersionUID = 1L;
        private final String code;

        Refused(String message, String code) {
            super(message);
            this.code = code;
        }

        String code() {
            return code;
        }
    }

    /** An error already located (a TypeScript syntax error found by sucrase); ends the evaluation as it is. */
    static final class Located extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final transient JsException error;

        Located(JsException error) {
            super(error.getMessage(), null, false, false);
            this.error = error;
        }

        JsException error() {
            return error;
        }
    }
}
