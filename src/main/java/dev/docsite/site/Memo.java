package dev.docsite.site;

import java.util.function.Supplier;

/** A value made on first use and then kept; thread-safe, made once however many threads ask at the same time. */
final class Memo<T> implements Supplier<T> {

    private Supplier<? extends T> maker;
    private volatile T value;

    Memo(Supplier<? extends T> maker) {
        this.maker = maker;
    }

    @Override
    public T get() {
        T v = value;
        if (v == null) {
            synchronized (this) {
                v = value;
                if (v == null) {
                    v = maker.get();
                    value = v;
                    maker = null; // whatever the maker holds can be collected
                }
            }
        }
        return v;
    }

    /**
     * The value without keeping it: the one made already, else a new one made now and not stored (so a later
     * {@link #get} makes it again). A build writes each generated file once, and kept, the search index's chunks
     * alone held the text of every page until the build ended.
     */
    T once() {
        T v = value;
        if (v != null) {
            return v;
        }
        synchronized (this) {
            return value != null ? value : maker.get();
        }
    }
}
