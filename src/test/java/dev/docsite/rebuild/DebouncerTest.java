package dev.docsite.rebuild;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class DebouncerTest {

    private final List<Set<String>> batches = new CopyOnWriteArrayList<>();

    private void awaitBatches(int n) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (batches.size() < n && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
    }

    @Test
    void burstWithinTheQuietPeriodIsOneBatch() throws Exception {
        try (Debouncer<String> d = new Debouncer<>(Duration.ofMillis(100), Duration.ofSeconds(2), batches::add)) {
            // An editor's save-as-rename: temp file created, target deleted, temp renamed onto target.
            d.offer("a.md.tmp");
            d.offer("a.md");
            Thread.sleep(20);
            d.offer("a.md");
            awaitBatches(1);
            Thread.sleep(250);
        }
        assertEquals(1, batches.size());
        assertEquals(Set.of("a.md.tmp", "a.md"), batches.get(0));
    }

    @Test
    void changesSeparatedByMoreThanTheQuietPeriodAreSeparateBatches() throws Exception {
        try (Debouncer<String> d = new Debouncer<>(Duration.ofMillis(50), Duration.ofSeconds(2), batches::add)) {
            d.offer("a.md");
            awaitBatches(1);
            d.offer("b.md");
            awaitBatches(2);
        }
        assertEquals(List.of(Set.of("a.md"), Set.of("b.md")), batches);
    }

    @Test
    void continuousChangesAreStillDeliveredAfterTheMaximumDelay() throws Exception {
        long start = System.nanoTime();
        try (Debouncer<String> d = new Debouncer<>(Duration.ofMillis(100), Duration.ofMillis(300), batches::add)) {
            for (int i = 0; i < 30 && batches.isEmpty(); i++) {
                d.offer("log-" + i);
                Thread.sleep(40);
            }
            awaitBatches(1);
        }
        assertTrue(batches.size() >= 1, "a batch arrived although changes never stopped");
        assertTrue(batches.get(0).size() < 30);
        assertTrue(System.nanoTime() - start < TimeUnit.SECONDS.toNanos(3));
    }

    @Test
    void aFailingBatchDoesNotStopLaterOnes() throws Exception {
        try (Debouncer<String> d = new Debouncer<>(Duration.ofMillis(30), Duration.ofSeconds(1), batch -> {
            batches.add(batch);
            if (batch.contains("bad")) {
                throw new IllegalStateException("rebuild failed");
            }
        })) {
            d.offer("bad");
            awaitBatches(1);
            d.offer("good");
            awaitBatches(2);
        }
        assertEquals(List.of(Set.of("bad"), Set.of("good")), batches);
    }
}
