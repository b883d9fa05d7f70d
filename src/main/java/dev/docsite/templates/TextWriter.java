package dev.docsite.templates;

import java.io.Writer;

/**
 * A {@link Writer} into a {@link StringBuilder}, for Freemarker's output. {@link java.io.StringWriter} writes into a
 * {@link StringBuffer}, which takes a lock on every write, and a template writes each text run and each value
 * separately: thousands of times per page.
 */
final class TextWriter extends Writer {

    private final StringBuilder text;

    TextWriter(int capacity) {
        this.text = new StringBuilder(capacity);
    }

    @Override
    public void write(int c) {
        text.append((char) c);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        text.append(chars, offset, length);
    }

    @Override
    public void write(String s) {
        text.append(s);
    }

    @Override
    public void write(String s, int offset, int length) {
        text.append(s, offset, offset + length);
    }

    @Override
    public TextWriter append(CharSequence s) {
        text.append(s);
        return this;
    }

    @Override
    public TextWriter append(CharSequence s, int start, int end) {
        text.append(s, start, end);
        return this;
    }

    @Override
    public TextWriter append(char c) {
        text.append(c);
        return this;
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }

    @Override
    public String toString() {
        return text.toString();
    }
}
