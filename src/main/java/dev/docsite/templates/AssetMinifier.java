package dev.docsite.templates;

import java.nio.charset.StandardCharsets;

/**
 * Makes the built-in theme's CSS and JavaScript smaller without changing what they do, since every reader downloads
 * them: comments and the white space around CSS's <code>{ } ; , &gt;</code> and after its colons go, JavaScript loses its comment lines, blank
 * lines and indentation. Conservative on purpose (no library on Maven Central that fits was found: Closure Compiler
 * does not resolve there, YUI Compressor is unmaintained): CSS strings are kept as written, the space before a
 * {@code (} stays (media queries need it), JavaScript keeps its line breaks (so automatic semicolons and regular
 * expressions mean what they meant), and a script with a template literal is left as it is.
 */
final class AssetMinifier {

    private AssetMinifier() {
    }

    /** {@code bytes} made smaller when {@code name} is a {@code .css} or {@code .js} file not already minified. */
    static byte[] minify(String name, byte[] bytes) {
        if (name.endsWith(".min.css") || name.endsWith(".min.js")) {
            return bytes;
        }
        if (name.endsWith(".css")) {
            return css(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        if (name.endsWith(".js")) {
            return js(new String(bytes, StandardCharsets.UTF_8)).getBytes(StandardCharsets.UTF_8);
        }
        return bytes;
    }

    static String css(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = false;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '/' && i + 1 < text.length() && text.charAt(i + 1) == '*') {
                int end = text.indexOf("*/", i + 2);
                i = end < 0 ? text.length() : end + 2;
                space = true; // a comment separates what stands on either side of it
            } else if (Character.isWhitespace(c)) {
                space = true;
                i++;
            } else {
                if (c == '}' && out.length() > 0 && out.charAt(out.length() - 1) == ';') {
                    out.setLength(out.length() - 1);
                }
                if (space && out.length() > 0 && !tight(out.charAt(out.length() - 1)) && !tight(c)
                        && out.charAt(out.length() - 1) != ':') {
                    out.append(' ');
                }
                space = false;
                if (c == '"' || c == '\'') {
                    i = copyString(text, i, out);
                } else {
                    out.append(c);
                    i++;
                }
            }
        }
        return out.toString();
    }

    /**
     * Characters that need no white space around them in CSS (a colon needs none after it, but may need one before:
     * {@code .a :focus}).
     */
    private static boolean tight(char c) {
        return c == '{' || c == '}' || c == ';' || c == ',' || c == '>';
    }

    /** Copies the string starting at {@code from} (its quotes and escapes included); returns the index after it. */
    private static int copyString(String text, int from, StringBuilder out) {
        char quote = text.charAt(from);
        int i = from + 1;
        while (i < text.length() && text.charAt(i) != quote && text.charAt(i) != '\n') {
            i += text.charAt(i) == '\\' ? 2 : 1;
        }
        int end = Math.min(text.length(), i + 1);
        out.append(text, from, end);
        return end;
    }

    static String js(String text) {
        if (text.indexOf('`') >= 0) {
            return text; // a template literal's lines are its value: leave the script as it is
        }
        StringBuilder out = new StringBuilder(text.length());
        boolean inComment = false;
        for (String line : text.split("\n", -1)) {
            String code = line.strip();
            if (inComment) {
                int end = code.indexOf("*/");
                if (end < 0) {
                    continue;
                }
                inComment = false;
                code = code.substring(end + 2).strip();
            } else if (code.startsWith("/*")) {
                int end = code.indexOf("*/", 2);
                if (end < 0) {
                    inComment = true;
                    continue;
                }
                code = code.substring(end + 2).strip();
            }
            if (code.isEmpty() || code.startsWith("//")) {
                continue;
            }
            out.append(code).append('\n');
        }
        return out.toString();
    }
}
