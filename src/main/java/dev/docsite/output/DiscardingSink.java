package dev.docsite.output;

import java.io.IOException;
import java.nio.file.Path;

/** The sink of {@code check}: validates paths, writes nothing. */
public final class DiscardingSink implements OutputSink {

    @Override
    public void write(String sitePath, byte[] bytes) throws IOException {
        OutputSink.checked(sitePath);
    }

    @Override
    public void copy(Path source, String sitePath) throws IOException {
        OutputSink.checked(sitePath);
    }

    @Override
    public void commit() {
        // nothing was written
    }

    @Override
    public void abort() {
        // nothing was written
    }
}
