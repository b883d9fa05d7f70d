package dev.docsite.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import org.junit.jupiter.api.Test;

class StartupWarmupTest {

    @Test
    void commandsThatReadASiteWarmUpOnADaemonThreadThatEnds() throws InterruptedException {
        for (String command : new String[] {"build", "check", "serve"}) {
            Thread thread = StartupWarmup.begin(new String[] {command, "--site", "."});
            assertEquals("docsite-warmup", thread.getName());
            assertEquals(true, thread.isDaemon());
            thread.join();
            assertEquals(Thread.State.TERMINATED, thread.getState());
        }
    }

    @Test
    void nothingIsStartedForCommandsThatReadNoSite() {
        assertNull(StartupWarmup.begin(new String[] {}));
        assertNull(StartupWarmup.begin(new String[] {"--version"}));
        assertNull(StartupWarmup.begin(new String[] {"--help"}));
        assertNull(StartupWarmup.begin(new String[] {"bild"}));
    }
}
