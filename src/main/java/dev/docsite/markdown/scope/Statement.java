package dev.docsite.markdown.scope;

import java.util.ArrayList;
import java.util.List;

/**
 * One statement of an ESM block and how many lines into the block it starts. A block may hold several statements
 * on one line ({@code import A from 'a'; import B from 'b';}) or one statement over several lines.
 */
record Statement(String text, int lineOffset) {

    /** Splits at {@code ;} and at line ends followed by {@code import}/{@code export}, outside brackets and strings. */
    static List<Statement> split(String esm) {
        List<Statement> statements = new ArrayList<>();
        int balance = 0;
        int start = 0;
        int line = 0;
        int startLine = 0;
        char quote = 0;
        for (int i = 0; i < esm.length(); i++) {
            char c = esm.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote) {
                    quote = 0;
                } else if (c == '\n') {
                    line++;
                }
                continue;
            }
            switch (c) {
                case '\'', '"', '`' -> quote = c;
                case '{', '(', '[' -> balance++;
                case '}', ')', ']' -> balance--;
                default -> {
                }
            }
            boolean end = balance <= 0 && (c == ';' || c == '\n' && startsStatement(esm, i + 1));
            if (end) {
                add(statements, esm.substring(start, c == ';' ? i + 1 : i), startLine);
                start = i + 1;
                startLine = c == '\n' ? line + 1 : line;
            }
            if (c == '\n') {
                line++;
                if (start == i + 1) {
                    startLine = line;
                }
            }
        }
        add(statements, esm.substring(start), startLine);
        return statements;
    }

    private static void add(List<Statement> statements, String text, int startLine) {
        int lead = 0;
        int lines = 0;
        while (lead < text.length() && Character.isWhitespace(text.charAt(lead))) {
            if (text.charAt(lead) == '\n') {
                lines++;
            }
            lead++;
        }
        if (lead < text.length()) {
            statements.add(new Statement(text.substring(lead), startLine + lines));
        }
    }

    private static boolean startsStatement(String esm, int from) {
        int i = from;
        while (i < esm.length() && (esm.charAt(i) == ' ' || esm.charAt(i) == '\t')) {
            i++;
        }
        return esm.startsWith("import", i) || esm.startsWith("export", i);
    }
}
