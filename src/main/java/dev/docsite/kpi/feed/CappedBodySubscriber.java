package dev.docsite.kpi.feed;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Flow;

/**
 * Collects a response body and cancels the download the moment it grows past the cap, so an oversized or endless
 * body is never buffered in full.
 */
final class CappedBodySubscriber implements Flow.Subscriber<List<ByteBuffer>> {

    /** Completes the body future when the cap is exceeded. */
    static final class TooLarge extends RuntimeException {
        TooLarge() {
            super("body over the size cap", null, false, false);
        }
    }

    private final long maxBytes;
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private volatile Flow.Subscription subscription;
    private long received;

    CappedBodySubscriber(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    CompletableFuture<byte[]> body() {
        return body;
    }

    /** Stops the download, e.g. after a timeout. */
    void cancel() {
        Flow.Subscription s = subscription;
        if (s != null) {
            s.cancel();
        }
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
        subscription = s;
        s.request(Long.MAX_VALUE);
    }

    @Override
    public void onNext(List<ByteBuffer> buffers) {
        if (body.isDone()) {
            return;
        }
        for (ByteBuffer buffer : buffers) {
            received += buffer.remaining();
            if (received > maxBytes) {
                cancel();
                body.completeExceptionally(new TooLarge());
                return;
            }
            byte[] chunk = new byte[buffer.remaining()];
            buffer.get(chunk);
            out.write(chunk, 0, chunk.length);
        }
    }

    @Override
    public void onError(Throwable error) {
        body.completeExceptionally(error);
    }

    @Override
    public void onComplete() {
        body.complete(out.toByteArray());
    }
}
