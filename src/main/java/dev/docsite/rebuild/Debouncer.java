package dev.docsite.rebuild;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Collects items (changed paths) and hands them over as one batch once nothing new has arrived for the quiet period,
 * so an editor's save (write, or delete + create, or create + rename) is one change. A batch is delivered at the latest
 * {@code maxDelay} after its first item, so a file written continuously still gets rebuilt. Batches are delivered one at
 * a time on the debouncer's own thread, in order. Thread-safe.
 */
public final class Debouncer<T> implements AutoCloseable {

    private final long quietNanos;
    private final long maxDelayNanos;
    private final Consumer<Set<T>> onBatch;
    private final ScheduledExecutorService executor;
    private final Object lock = new Object();
    private Set<T> pending = new LinkedHashSet<>();
    private long firstAt;
    private ScheduledFuture<?> scheduled;

    /**
     * @param quiet    how long nothing must arrive before the batch is delivered
     * @param maxDelay longest time an item waits
     * @param onBatch  receives each batch; exceptions are its own business (they are swallowed here)
     */
    public Debouncer(Duration quiet, Duration maxDelay, Consumer<Set<T>> onBatch) {
        this.quietNanos = quiet.toNanos();
        this.maxDelayNanos = Math.max(maxDelay.toNanos(), quietNanos);
        this.onBatch = onBatch;
        this.executor = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "docsite-rebuild");
            t.setDaemon(true);
            return t;
        });
    }

    public void offer(T item) {
        synchronized (lock) {
            long now = System.nanoTime();
            if (pending.isEmpty()) {
                firstAt = now;
            }
            pending.add(item);
            if (scheduled != null) {
                scheduled.cancel(false);
            }
            long delay = Math.min(quietNanos, Math.max(0, firstAt + maxDelayNanos - now));
            scheduled = executor.schedule(this::flush, delay, TimeUnit.NANOSECONDS);
        }
    }

    /** Runs {@code task} on the delivery thread, after any batch being delivered: keeps all rebuild work serial. */
    public void execute(Runnable task) {
        executor.execute(() -> {
            try {
                task.run();
            } catch (RuntimeException e) {
                // The task reports its own failures; the delivery thread must survive for the next change.
            }
        });
    }

    private void flush() {
        Set<T> batch;
        synchronized (lock) {
            if (pending.isEmpty()) {
                return;
            }
            batch = pending;
            pending = new LinkedHashSet<>();
            scheduled = null;
        }
        try {
            onBatch.accept(java.util.Collections.unmodifiableSet(batch));
        } catch (RuntimeException e) {
            // See execute(): a failing rebuild must not stop later ones.
        }
    }

    @Override
    public void close() {
        executor.shutdownNow();
    }
}
