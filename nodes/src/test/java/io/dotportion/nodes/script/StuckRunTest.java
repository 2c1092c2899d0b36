package io.dotportion.nodes.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dotportion.core.testing.Poll;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Runs that do not stop when cancelled are written off; tenants get a share of the pool each. */
@Timeout(300)
class StuckRunTest {
    private static final Duration WAIT = Duration.ofSeconds(120);
    private static final Duration GENEROUS = Duration.ofSeconds(20);
    /** One multiplication of two 24 Mi-bit numbers: seconds inside one built-in, which no cancellation interrupts. */
    private static final String LONG_MULTIPLY = "const x = (1n << 25000000n) - 1n; return String((x * (x + 1n)) > 0n);";

    @Test
    void a_run_that_does_not_stop_when_cancelled_is_answered_and_replaced() throws Exception {
        try (JsSandbox sandbox =
                new JsSandbox(SandboxSettings.defaults().withPoolSize(1).withCancelGrace(Duration.ofMillis(200)))) {
            PreparedScript multiply = sandbox.prepare(LONG_MULTIPLY, List.of());
            PreparedScript quick = sandbox.prepare("return 1;", List.of());

            // the multiplication allocates hundreds of MiB in huge arrays: on a loaded machine the watchdog can
            // stop it for the heap before its time; either way it is cancelled, does not stop, and is written off
            assertThatThrownBy(() -> sandbox.run("a", multiply, List.of(), Duration.ofMillis(300), GENEROUS))
                    .isInstanceOfSatisfying(
                            ScriptException.class,
                            e -> assertThat(e.kind())
                                    .isIn(ScriptException.Kind.TIME_LIMIT, ScriptException.Kind.RESOURCES));
            assertThat(sandbox.usage().stuck()).isEqualTo(1);
            assertThat(sandbox.usage().ready()).isFalse();
            // the pool's only worker is stuck: a replacement serves meanwhile
            assertThat(sandbox.run("b", quick, List.of(), Duration.ofSeconds(5), GENEROUS))
                    .isEqualTo(1);

            Poll.until(WAIT, () -> sandbox.usage().stuck(), n -> n == 0, "no stuck run");
            assertThat(sandbox.usage().ready()).isTrue();
            assertThat(sandbox.run("a", quick, List.of(), Duration.ofSeconds(5), GENEROUS))
                    .isEqualTo(1);
        }
    }

    @Test
    void one_tenant_cannot_take_every_context() throws Exception {
        try (JsSandbox sandbox = new JsSandbox(SandboxSettings.defaults()
                        .withPoolSize(2)
                        .withTenantRuns(1)
                        .withStatementLimit(Long.MAX_VALUE));
                ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            PreparedScript loop = sandbox.prepare("while (true) {}", List.of());
            PreparedScript quick = sandbox.prepare("return 1;", List.of());

            Future<Object> running =
                    threads.submit(() -> sandbox.run("greedy", loop, List.of(), Duration.ofSeconds(5), GENEROUS));
            Poll.until(WAIT, sandbox::contextsInUse, n -> n == 1, "one context in use");
            Future<Object> second = threads.submit(
                    () -> sandbox.run("greedy", loop, List.of(), Duration.ofSeconds(5), Duration.ofMillis(300)));

            assertThat(sandbox.run("other", quick, List.of(), Duration.ofSeconds(5), GENEROUS))
                    .isEqualTo(1);
            assertThat(running.isDone()).isFalse();
            assertThatThrownBy(second::get)
                    .cause()
                    .isInstanceOfSatisfying(
                            ScriptException.class, e -> assertThat(e.kind()).isEqualTo(ScriptException.Kind.DEADLINE));
            assertThatThrownBy(running::get).hasCauseInstanceOf(ScriptException.class);
        }
    }
}
