package dev.docsite.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ParallelMapTest {

    private static final List<Integer> THOUSAND = IntStream.range(0, 1000).boxed().toList();

    @Test
    void resultsComeInTheOrderOfTheItems() {
        List<String> out = ParallelMap.map(THOUSAND, i -> "#" + i);
        assertEquals(THOUSAND.stream().map(i -> "#" + i).toList(), out);
    }

    @Test
    void everyItemIsMappedExactlyOnce() {
        ConcurrentHashMap<Integer, AtomicInteger> calls = new ConcurrentHashMap<>();
        ParallelMap.map(THOUSAND, i -> calls.computeIfAbsent(i, k -> new AtomicInteger()).incrementAndGet());
        assertEquals(1000, calls.size());
        assertTrue(calls.values().stream().allMatch(c -> c.get() == 1));
    }

    @Test
    void resultsMayBeNull() {
        List<Integer> out = ParallelMap.map(THOUSAND, i -> i % 2 == 0 ? null : i);
        assertNull(out.get(0));
        assertEquals(999, out.get(999));
    }

    @Test
    void smallAndEmptyListsWork() {
        assertEquals(List.of(), ParallelMap.map(List.<Integer>of(), i -> i));
        assertEquals(List.of(2, 3), ParallelMap.map(List.of(1, 2), i -> i + 1));
    }

    @Test
    void theFirstFailureIsRethrownAndNoNewBatchStartsAfterIt() {
        IllegalStateException boom = new IllegalStateException("page 10 broke");
        AtomicInteger mapped = new AtomicInteger();
        IllegalStateException thrown = assertThrows(IllegalStateException.class, () -> ParallelMap.map(THOUSAND, i -> {
            if (i == 10) {
                throw boom;
            }
            pause(); // a page takes time; without a stop the other threads would go on through all of them
            mapped.incrementAndGet();
            return i;
        }));
        assertSame(boom, thrown);
        assertTrue(mapped.get() < 500, "batches after the failure were not started, mapped " + mapped.get());
    }

    @Test
    void errorsArePassedOnAsTheyAre() {
        assertThrows(OutOfMemoryError.class, () -> ParallelMap.map(THOUSAND, i -> {
            if (i == 500) {
                throw new OutOfMemoryError("simulated");
            }
            return i;
        }));
    }

    private static void pause() {
        try {
            Thread.sleep(1);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
