package dev.docsite.js;

import java.nio.file.Path;
import org.graalvm.polyglot.PolyglotException;
import org.graalvm.polyglot.SourceSection;

/** Locates an engine exception in the user's own files: the innermost stack frame in one of them. */
final class JsErrors {
    private JsErrors() {
    }

    static JsException from(PolyglotException e) {
        if (e.isHostException() && e.asHostException() instanceof ScriptFailure.Located located) {
            return located.error();
        }
        if (e.isHostException()) {
            Throwable cause = e.asHostException();
            return new JsException(null, 0, 0, "docsite failed while running the script: " + cause);
        }
        SourceSection where = userSection(e);
        String message = e.getMessage() == null ? "the script failed" : e.getMessage();
        if (e.isSyntaxError() && message.indexOf('\n') > 0) {
            // GraalJS lists every follow-on error with source excerpts; the first one is the one to fix.
            message = message.substring(0, message.indexOf('\n'));
        }
        if (e.isResourceExhausted()) {
            message = "the script ran out of resources: " + message;
        }
        if (where == null) {
            return new JsException(null, 0, 0, message);
        }
        Path file = Path.of(where.getSource().getName());
        int line = where.getStartLine();
        int column = where.getStartColumn();
        if (line == 1) {
            column = Math.max(1, column - JsHost.WRAPPER.length());
        }
        // GraalJS puts "name:line:col " in front of syntax error messages; the location is reported separately.
        String located = file + ":" + line + ":";
        int at = message.indexOf(located);
        if (at >= 0) {
            int end = message.indexOf(' ', at + located.length());
            message = message.substring(0, at) + (end < 0 ? "" : message.substring(end + 1));
        }
        return new JsException(file, line, column, message);
    }

    private static SourceSection userSection(PolyglotException e) {
        for (PolyglotException.StackFrame frame : e.getPolyglotStackTrace()) {
            if (frame.isGuestFrame() && isUserFile(frame.getSourceLocation())) {
                return frame.getSourceLocation();
            }
        }
        return isUserFile(e.getSourceLocation()) ? e.getSourceLocation() : null;
    }

    private static boolean isUserFile(SourceSection section) {
        return section != null && section.isAvailable() && section.getSource().getName().startsWith("/");
    }
}
