package dev.docsite.parallel;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ForkJoinPool;
import java.util.concurrent.ForkJoinTask;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;

/**
 * Maps a list on all cores, in order, handing out a few items at a time. Parallel streams split a list into about
 * four parts per worker thread up front: on two cores that is four parts of 2,500 pages for a 10,000-page site, and
 * the build waited seconds for the last part on one core while the other was idle. Here every thread (the caller
 * and the common pool's workers) takes the next small batch when it is free, so all cores work until the end.
 */
public final class ParallelMap {

    /** Items per batch: pages cost about a millisecond each, far more than taking a batch. */
    static final int BATCH = 4;

    private ParallelMap() {
    }

    /**
     * Applies {@code function} to every item, in parallel, and returns the results in the order of {@code items}
     * (results may be {@code null}). The calling thread works too. When {@code function} throws, no new batch is
     * started and the first exception is rethrown once the running ones have ended.
     */
    public static <T, R> List<R> map(List<T> items, Function<? super T, ? extends R> function) {
        Object[] results = new Object[items.size()];
        int batches = (items.size() + BATCH - 1) / BATCH;
        AtomicInteger next = new AtomicInteger();
        AtomicReference<Throwable> failure = new AtomicReference<>();
        Runnable worker = () -> {
            for (int b = next.getAndIncrement(); b < batches; b = next.getAndIncrement()) {
                try {
                    for (int i = b * BATCH, end = Math.min(results.length, i + BATCH); i < end; i++) {
                        results[i] = function.apply(items.get(i));
                    }
                } catch (RuntimeException | Error e) {
                    failure.compareAndSet(null, e);
                    next.set(batches);
                }
            }
        };
        int helpers = Math.min(batches - 1, ForkJoinPool.getCommonPoolParallelism());
        List<ForkJoinTask<?>> started = new ArrayList<>(Math.max(0, helpers));
        for (int i = 0; i < helpers; i++) {
            started.add(ForkJoinPool.commonPool().submit(worker));
        }
        worker.run();
        for (ForkJoinTask<?> task : started) {
            task.join(); // never throws: the worker catches what the function throws
        }
        Throwable thrown = failure.get();
        if (thrown instanceof RuntimeException e) {
            throw e;
        }
        if (thrown instanceof Error e) {
            throw e;
        }
        @SuppressWarnings("unchecked")
        List<R> list = (List<R>) Collections.unmodifiableList(Arrays.asList(results));
        return list;
    }
}
