package dev.docsite.markdown.mdx;

import com.vladsch.flexmark.util.ast.Block;
import com.vladsch.flexmark.util.sequence.BasedSequence;

/**
 * A JSX component ({@code <Tabs>}, {@code <TabItem>}, unknown ones) with its children, assembled after parsing
 * from the component's opening and closing tags and the Markdown between them.
 */
public final class JsxElement extends Block {

    private JsxTagAt opening;

    /** @param opening the opening tag and where it starts */
    public JsxElement(JsxTagAt opening) {
        super(BasedSequence.NULL);
        this.opening = opening;
    }

    /** Replaces the opening tag by one with evaluated attributes, at the same place. */
    public void replaceTag(JsxTag tag) {
        opening = new JsxTagAt(tag, opening.line(), opening.column());
    }

    public JsxTag tag() {
        return opening.tag();
    }

    public String name() {
        return opening.tag().name();
    }

    public int line() {
        return opening.line();
    }

    public int column() {
        return opening.column();
    }

    @Override
    public BasedSequence[] getSegments() {
        return EMPTY_SEGMENTS;
    }
}
