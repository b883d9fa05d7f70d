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
}
