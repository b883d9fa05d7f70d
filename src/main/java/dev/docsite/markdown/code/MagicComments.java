package dev.docsite.markdown.code;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Docusaurus's default magic comments: a line that is only {@code highlight-next-line}, {@code highlight-start} or
 * {@code highlight-end} in a comment of the block's language is removed and the lines it names are highlighted.
 * The comment forms per language are Docusaurus's ({@code getAllMagicCommentDirectiveStyles}): {@code //} and
 * {@code /* *}{@code /} for JavaScript and TypeScript, plus <code>{/* *}{@code /}}</code> for JSX, {@code #} for Python and
 * shells, {@code <!-- -->} for HTML and Markdown, {@code --} for Lua, Haskell and SQL, {@code %} for TeX, {@code ;;}
 * for WebAssembly, and the popular ones ({@code //}, {@code /* *}{@code /}, JSX, {@code #}, {@code <!-- -->}) for
 * every other language.
 */
public final class MagicComments {

    /** The code without its magic comment lines, and the (0-based) lines to highlight. */
    public record Result(List<String> lines, BitSet highlighted) {
    }

    private static final String JS = "//\\s*(%s)";
    private static final String JS_BLOCK = "/\\*\\s*(%s)\\s*\\*/";
    private static final String JSX = "\\{\\s*/\\*\\s*(%s)\\s*\\*/\\s*}";
    private static final String BASH = "#\\s*(%s)";
    private static final String HTML = "<!--\\s*(%s)\\s*-->";
    private static final String LUA = "--\\s*(%s)";
    private static final String TEX = "%%\\s*(%s)";
    private static final String WASM = ";;\\s*(%s)";
    private static final String DIRECTIVES = "highlight-next-line|highlight-start|highlight-end";
    /** Every directive starts with it: a block without it has no magic comment (most blocks), and no regex runs. */
    private static final String DIRECTIVE_PREFIX = "highlight-";

    /** Compiling the pattern per block was 4% of a code-heavy build's CPU; there are few languages per site. */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private MagicComments() {
    }

    /** Removes the magic comment lines of {@code lines} (of code in {@code language}). */
    public static Result apply(List<String> lines, String language) {
        if (lines.stream().noneMatch(line -> line.contains(DIRECTIVE_PREFIX))) {
            return new Result(lines, new BitSet());
        }
        Pattern directive = PATTERNS.computeIfAbsent(language.toLowerCase(Locale.ROOT), MagicComments::pattern);
        List<String> kept = new ArrayList<>(lines.size());
        BitSet highlighted = new BitSet();
        boolean nextLine = false;
        int openRanges = 0;
        for (String line : lines) {
            var m = directive.matcher(line);
            if (m.matches()) {
                switch (firstGroup(m)) {
                    case "highlight-next-line" -> nextLine = true;
                    case "highlight-start" -> openRanges++;
                    default -> openRanges = Math.max(0, openRanges - 1);
                }
                continue;
            }
            if (nextLine || openRanges > 0) {
                highlighted.set(kept.size());
            }
            nextLine = false;
            kept.add(line);
        }
        return new Result(kept, highlighted);
    }

    private static String firstGroup(java.util.regex.Matcher m) {
        for (int i = 1; i <= m.groupCount(); i++) {
            if (m.group(i) != null) {
                return m.group(i);
            }
        }
        return "";
    }

    private static Pattern pattern(String language) {
        List<String> styles = switch (language) {
            case "js", "javascript", "ts", "typescript" -> List.of(JS, JS_BLOCK);
            case "jsx", "tsx" -> List.of(JS, JS_BLOCK, JSX);
            case "html" -> List.of(JS, JS_BLOCK, HTML);
            case "python", "py", "bash", "sh", "shell", "zsh", "yaml", "yml", "toml", "ruby", "rb", "dockerfile",
                 "powershell", "ps1", "r", "perl" -> List.of(BASH);
            case "markdown", "md", "mdx" -> List.of(HTML, JSX, BASH);
            case "tex", "latex", "matlab" -> List.of(TEX);
            case "lua", "haskell", "sql" -> List.of(LUA);
            case "wasm" -> List.of(WASM);
            default -> List.of(JS, JS_BLOCK, JSX, BASH, HTML);
        };
        StringBuilder alternatives = new StringBuilder();
        for (String style : styles) {
            alternatives.append(alternatives.length() == 0 ? "" : "|").append(String.format(style, DIRECTIVES));
        }
        return Pattern.compile("\\s*(?:" + alternatives + ")\\s*");
    }
}
