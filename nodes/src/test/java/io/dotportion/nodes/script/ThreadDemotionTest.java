package io.dotportion.nodes.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.util.List;
import java.util.OptionalLong;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** A written-off worker's native thread goes to the lowest scheduling class, by whichever tool there is. */
@Timeout(120)
class ThreadDemotionTest {
    private static final ThreadDemotion.Tool MISSING =
            new ThreadDemotion.Tool("nothing", List.of("dotportion-no-such-tool", "%d"));

    @Test
    void a_thread_gets_nice_19() throws Exception {
        assumeTools("renice");
        onParkedThread(tid -> {
            try (ThreadDemotion demotion = new ThreadDemotion()) {
                demotion.demote(OptionalLong.of(tid), () -> true);
            }
            NativeScheduling.Sched sched = NativeScheduling.of(tid).orElseThrow();
            assertThat(sched.nice()).isEqualTo(19);
            assertThat(sched.policy()).isNotEqualTo(NativeScheduling.SCHED_IDLE);
        });
    }

    @Test
    void without_renice_the_thread_goes_to_the_idle_scheduling_class() throws Exception {
        assumeTools("chrt");
        onParkedThread(tid -> {
            try (ThreadDemotion demotion = new ThreadDemotion(List.of(MISSING, ThreadDemotion.DEFAULT_TOOLS.get(1)))) {
                demotion.demote(OptionalLong.of(tid), () -> true);
            }
            assertThat(NativeScheduling.of(tid).orElseThrow().policy()).isEqualTo(NativeScheduling.SCHED_IDLE);
        });
    }

    @Test
    void without_any_tool_the_thread_is_left_as_it_is_and_nothing_is_thrown() throws Exception {
        assumeTools();
        onParkedThread(tid -> {
            try (ThreadDemotion demotion = new ThreadDemotion(List.of(MISSING))) {
                demotion.demote(OptionalLong.of(tid), () -> true);
                demotion.demote(OptionalLong.empty(), () -> true);
            }
            assertThat(NativeScheduling.of(tid).orElseThrow().lowest()).isFalse();
        });
    }

    @Test
    void a_run_that_ended_before_its_demotion_leaves_its_thread_alone() throws Exception {
        assumeTools("chrt", "renice");
        onParkedThread(tid -> {
            try (ThreadDemotion demotion = new ThreadDemotion()) {
                demotion.demote(OptionalLong.of(tid), () -> false);
            }
            assertThat(NativeScheduling.of(tid).orElseThrow().lowest()).isFalse();
        });
    }

    @Test
    void a_thread_tells_its_native_id_on_linux() {
        assumeTools();
        long tid = NativeThreadId.current().orElseThrow();
        assertThat(NativeScheduling.of(tid)).isPresent();
        assertThat(NativeThreadId.current()).hasValue(tid);
    }

    /** Skips the test (saying why) off Linux or without the tools it needs. */
    private static void assumeTools(String... tools) {
        assumeThat(NativeScheduling.available())
                .as("native scheduling is read from /proc (Linux only)")
                .isTrue();
        for (String tool : tools) {
            assumeThat(NativeScheduling.onPath(tool))
                    .as(tool + " is not installed")
                    .isTrue();
        }
    }

    /** Runs {@code check} with the native id of a fresh thread that waits meanwhile (and ends afterwards). */
    private static void onParkedThread(Consumer<Long> check) throws Exception {
        CompletableFuture<Long> tid = new CompletableFuture<>();
        CountDownLatch done = new CountDownLatch(1);
        Thread thread = new Thread(
                () -> {
                    tid.complete(NativeThreadId.current().orElse(-1));
                    awaitQuietly(done);
                },
                "demotion-test");
        thread.setDaemon(true);
        thread.start();
        try {
            long id = tid.get(30, TimeUnit.SECONDS);
            assertThat(id).isPositive();
            check.accept(id);
        } finally {
            done.countDown();
        }
    }

    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
