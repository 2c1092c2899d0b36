package io.dotportion.server.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * The deadline itself, without a server: an armed deadline left open interrupts its reader, a closed one never
 * does, and a deadline armed again is not fired for the earlier one. The tests wait for an interrupt with a
 * bound far beyond the timeout; none measures how soon it comes.
 */
class ReadDeadlinesTest {
    private static final Duration TIMEOUT = Duration.ofMillis(50);
    private static final long BOUND_MS = 20_000;

    @Test
    void a_read_that_outlasts_its_deadline_is_interrupted() throws Exception {
        try (ReadDeadlines deadlines = new ReadDeadlines(TIMEOUT)) {
            CompletableFuture<Boolean> result = CompletableFuture.supplyAsync(
                    () -> {
                        ReadDeadlines.Armed armed = deadlines.arm();
                        try {
                            Thread.sleep(BOUND_MS);
                            return false;
                        } catch (InterruptedException e) {
                            return armed.fired();
                        } finally {
                            armed.close();
                        }
                    },
                    runnable -> Thread.ofVirtual().start(runnable));
            assertThat(result.get(BOUND_MS * 2, TimeUnit.MILLISECONDS))
                    .as("interrupted, fired")
                    .isTrue();
        }
    }

    @Test
    void a_closed_deadline_never_interrupts_and_leaves_no_flag() throws Exception {
        try (ReadDeadlines deadlines = new ReadDeadlines(TIMEOUT)) {
            CompletableFuture<Boolean> interrupted = CompletableFuture.supplyAsync(
                    () -> {
                        for (int i = 0; i < 100; i++) {
                            deadlines.arm().close();
                        }
                        ReadDeadlines.Armed last = deadlines.arm();
                        last.close();
                        try {
                            Thread.sleep(TIMEOUT.toMillis() * 6); // several sweeps past where it would have fired
                        } catch (InterruptedException e) {
                            return true;
                        }
                        return last.fired() || Thread.currentThread().isInterrupted();
                    },
                    runnable -> Thread.ofVirtual().start(runnable));
            assertThat(interrupted.get(BOUND_MS, TimeUnit.MILLISECONDS)).isFalse();
        }
    }

    @Test
    void closing_a_deadline_that_fired_clears_the_interrupt_for_the_next_read() throws Exception {
        try (ReadDeadlines deadlines = new ReadDeadlines(TIMEOUT)) {
            CompletableFuture<Boolean> flagAfterClose = CompletableFuture.supplyAsync(
                    () -> {
                        ReadDeadlines.Armed armed = deadlines.arm();
                        long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(BOUND_MS);
                        while (!armed.fired() && System.nanoTime() < until) {
                            Thread.onSpinWait(); // a read that does not notice the interrupt
                        }
                        armed.close();
                        return Thread.currentThread().isInterrupted();
                    },
                    runnable -> Thread.ofVirtual().start(runnable));
            assertThat(flagAfterClose.get(BOUND_MS * 2, TimeUnit.MILLISECONDS)).isFalse();
        }
    }

    @Test
    void the_sweeper_ticks_at_most_every_hundred_milliseconds() {
        try (ReadDeadlines coarse = new ReadDeadlines(Duration.ofSeconds(20));
                ReadDeadlines fine = new ReadDeadlines(Duration.ofMillis(100))) {
            assertThat(coarse.tick()).isEqualTo(Duration.ofMillis(100).toNanos());
            assertThat(fine.tick()).isEqualTo(Duration.ofMillis(10).toNanos());
        }
    }
}
