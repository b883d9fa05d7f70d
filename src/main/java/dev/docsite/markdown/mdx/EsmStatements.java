package dev.docsite.markdown.mdx;

import java.util.regex.Pattern;

/** Recognises MDX ESM ({@code import}/{@code export} statements) that must not show up as page text. */
public final class EsmStatements {

    private static final Pattern ESM = Pattern.compile("^(?:import\\s*['\"]|import\\s[^\\n]*?\\bfrom\\s*['\"]"
            + "|import\\s*\\{[^}\\n]*$|import\\s+type\\b"
            + "|export\\s+(?:const|let|var|function|async|default|class|type|interface)\\b|export\\s*[{*])",
            Pattern.MULTILINE);

    private EsmStatements() {
    }

    /** Whether a top-level paragraph starting with {@code text} is an import or export statement. */
    public static boolean startsEsm(CharSequence text) {
        if (text.length() < 7) {
            return false;
        }
        char c = text.charAt(0);
        if (c != 'i' && c != 'e') {
            return false;
        }
        return ESM.matcher(text).lookingAt();
    }

    /** Open minus closed brackets, ignoring those inside string literals. */
    public static int braceBalance(CharSequence text) {
        int balance = 0;
        char quote = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quote != 0) {
                if (c == '\\') {
                    i++;
                } else if (c == quote || c == '\n' && quote != '`') {
                    quote = 0;
                }
            } else if (c == '\'' || c == '"' || c == '`') {
                quote = c;
            } else if (c == '{' || c == '(' || c == '[') {
                balance++;
            } else if (c == '}' || c == ')' || c == ']') {
                balance--;
            }
        }
        return balance;
    }
}
