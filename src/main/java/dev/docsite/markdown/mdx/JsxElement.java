package dev.docsite.markdown.mdx;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A JSX component ({@code <Tabs>}, {@code <TabItem>}, unknown ones) with its children, assembled after parsing
 * from the component's opening and closing tags and the Markdown between them.
 */
public final class JsxElement extends Block {

    private final JsxTag tag;
    private final int line;
    private final int column;

    /**
     * @param tag    the opening tag
     * @param line   1-based source line of the opening tag
     * @param column 1-based source column of its {@code <}
     */
    public JsxElement(JsxTag tag, int line, int column) {
        super(BasedSequence.NULL);
        this.tag = tag;
        this.line = line;
        this.column = column;
    }

    public JsxTag tag() {
        return tag;
    }

    public String name() {
        return tag.name();
    }

    public int line() {
        return line;
    }

    public int column() {
        return column;
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
