package dev.docsite.parallel;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import org.junit.jupiter.api.Test;

class BackgroundTest {

    @Test
    void joinReturnsWhatTheMakerMadeOnAnotherThread() throws IOException {
        Thread caller = Thread.currentThread();
        Background<String> name = Background.start("test-background", () -> Thread.currentThread().getName());
        Background<Boolean> elsewhere = Background.start("test-background", () -> Thread.currentThread() != caller);

        assertEquals("test-background", name.join());
        assertEquals(true, elsewhere.join());
    }

    @Test
    void joinThrowsTheMakersIoExceptionItself() {
        NoSuchFileException missing = new NoSuchFileException("/site/platform-pages.txt");
        Background<String> failing = Background.start("test-background", () -> {
            throw missing;
        });

        assertSame(missing, assertThrows(NoSuchFileException.class, failing::join));
    }

    @Test
    void joinThrowsTheMakersRuntimeExceptionItself() {
        IllegalArgumentException bad = new IllegalArgumentException("bad feed");
        Background<String> failing = Background.start("test-background", () -> {
            throw bad;
        });

        assertSame(bad, assertThrows(IllegalArgumentException.class, failing::join));
    }

    @Test
    void joinKeepsTheCallersInterruptFlagAndStillReturnsTheValue() throws IOException {
        Background<String> slow = Background.start("test-background", () -> {
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                throw new IllegalStateException(e);
            }
            return "made";
        });
        Thread.currentThread().interrupt();
        try {
            assertEquals("made", slow.join());
            assertEquals(true, Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted(); // clears the flag for the next test
        }
    }
}
