package dev.docsite.markdown.mdx;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.ast.BlockContent;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A {@code <CodeBlock language="js" title="x">{`…`}</CodeBlock>} component, blank lines inside its code included:
 * its lines from the opening tag to the closing one. {@link #code()} is the code it shows.
 */
public final class JsxCodeBlock extends Block {

    JsxCodeBlock(BlockContent content) {
        super(content);
    }

    /** The opening tag, or {@code null} when it cannot be read. */
    public JsxTag opening() {
        BasedSequence text = getContentChars();
        int start = text.indexOf('<');
        return start < 0 ? null : JsxTagScanner.scan(text, start, text.length());
    }

    /**
     * The code: a template literal or string expression as its value ({@code {`a`}}, {@code {'a'}}), else the
     * children as written, without the indentation they share.
     */
    public String code() {
        String text = getContentChars().toString();
        JsxTag tag = opening();
        if (tag == null || tag.selfClosing()) {
            return "";
        }
        int close = text.lastIndexOf("</CodeBlock");
        String children = text.substring(tag.end(), close < tag.end() ? text.length() : close).strip();
        if (children.startsWith("{") && children.endsWith("}")) {
            String expression = children.substring(1, children.length() - 1).strip();
            if (expression.length() >= 2 && "`'\"".indexOf(expression.charAt(0)) >= 0
                    && expression.charAt(expression.length() - 1) == expression.charAt(0)) {
                return unescape(expression.substring(1, expression.length() - 1));
            }
        }
        return children;
    }

    /** JavaScript string escapes of a literal: {@code \`}, {@code \$}, {@code \n}, {@code \\} and the like. */
    private static String unescape(String s) {
        StringBuilder out = new StringBuilder(s.length());
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c != '\\' || i + 1 == s.length()) {
                out.append(c);
                continue;
            }
            char next = s.charAt(++i);
            out.append(switch (next) {
                case 'n' -> '\n';
                case 't' -> '\t';
                default -> next;
            });
        }
        return out.toString();
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
