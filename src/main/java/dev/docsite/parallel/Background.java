package dev.docsite.parallel;

import java.io.IOException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;

/**
 * A value made on a thread of its own while the caller goes on with other work. A build has stages that do not
 * depend on each other but ran one after the other on one core while the other was idle (the theme, the KPI feed,
 * the platform link lists, next to listing and reading the pages); this runs one of them beside the caller. Not
 * the common pool: {@link ParallelMap} keeps its workers busy with pages, and a task queued behind them would wait.
 *
 * @param <T> what is made
 */
public final class Background<T> {

    /** Makes the value; may fail as reading a file fails. */
    @FunctionalInterface
    public interface Maker<T> {
        T make() throws IOException;
    }

    private final FutureTask<T> task;

    private Background(FutureTask<T> task) {
        this.task = task;
    }

    /** Starts making the value on a daemon thread called {@code name}. */
    public static <T> Background<T> start(String name, Maker<T> maker) {
        FutureTask<T> task = new FutureTask<>(maker::make);
        Thread thread = new Thread(task, name);
        thread.setDaemon(true);
        thread.start();
        return new Background<>(task);
    }

    /**
     * Waits for the value and returns it, or throws what making it threw, as if the caller had made it itself.
     */
    public T join() throws IOException {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true;
                } catch (ExecutionException e) {
                    Throwable cause = e.getCause();
                    if (cause instanceof IOException io) {
                        throw io;
                    }
                    if (cause instanceof RuntimeException runtime) {
                        throw runtime;
                    }
                    if (cause instanceof Error error) {
                        throw error;
                    }
                    throw new IllegalStateException(cause);
                }
            }
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
