package io.dotportion.nodes.script;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Memory-hungry runs at once: each is stopped by a cap or its allocation limit, never by the heap running out. */
@Timeout(300)
class MemoryBoundTest {
    private static final Duration LIMIT = Duration.ofSeconds(2);
    private static final Duration GENEROUS = Duration.ofSeconds(60);
    private static final long MAX_ALLOCATION = 64L * 1024 * 1024;
    private static final List<String> HUNGRY = List.of(
            "return new Float64Array(2 ** 27).length;",
            "let s = 'ab'; while (true) { s = s + s; }",
            "const a = []; while (true) { a.push('x'.repeat(1000) + a.length); }",
            "return Array(1e9).fill({}).length;",
            "const a = []; while (true) { a.push(new Uint8Array(1 << 20)); }",
            "let x = 2n ** 1000000n; const keep = []; while (true) { x *= 3n; keep.push(x); }",
            "const m = new Map(); for (let i = 0; ; i++) { m.set(i, { i, s: String(i).repeat(50) }); }",
            "return Array.from({ length: 1e8 }, (_, i) => ({ i })).length;");

    @Test
    void concurrent_memory_hungry_runs_are_stopped_before_the_heap_runs_out() throws Exception {
        Runtime.getRuntime().gc();
        try (JsSandbox sandbox = new JsSandbox(SandboxSettings.defaults()
                        .withPoolSize(4)
                        .withTenantRuns(4)
                        .withStatementLimit(Long.MAX_VALUE)
                        .withMaxAllocation(MAX_ALLOCATION));
                ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Object>> runs = new ArrayList<>();
            for (int round = 0; round < 2; round++) {
                for (String body : HUNGRY) {
                    PreparedScript script = sandbox.prepare(body, List.of());
                    runs.add(threads.submit(() -> sandbox.run("hungry", script, List.of(), LIMIT, GENEROUS)));
                }
            }
            List<String> failures = new ArrayList<>();
            for (Future<Object> run : runs) {
                try {
                    failures.add("returned " + run.get());
                } catch (java.util.concurrent.ExecutionException e) {
                    failures.add(
                            e.getCause() instanceof ScriptException s
                                    ? s.kind() + ": " + s.getMessage()
                                    : e.getCause().toString());
                }
            }

            assertThat(failures)
                    .hasSize(16)
                    .allSatisfy(f -> assertThat(f)
                            .matches("(TIME_LIMIT|RESOURCES|SCRIPT_ERROR|DEADLINE): .*")
                            .doesNotContain("ran out of memory"));
            assertThat(sandbox.run(sandbox.prepare("return 1;", List.of()), List.of(), LIMIT, GENEROUS))
                    .isEqualTo(1);
        }
    }

    @Test
    void runs_that_keep_what_they_allocate_are_stopped_before_the_heap_runs_out() throws Exception {
        List<String> keepers = List.of(
                "const a = []; while (true) { a.push(new Uint8Array(1 << 20)); }",
                "const a = []; while (true) { a.push('x'.repeat(1 << 20) + a.length); }",
                "const a = []; while (true) { a.push(new Float64Array(1 << 17)); }",
                "const m = new Map(); for (let i = 0; ; i++) { m.set(i, new Array(1000).fill(i)); }");
        // no practical allocation limit: only the heap-pressure check can stop these before the heap is full
        try (JsSandbox sandbox = new JsSandbox(SandboxSettings.defaults()
                        .withPoolSize(4)
                        .withTenantRuns(4)
                        .withStatementLimit(Long.MAX_VALUE)
                        .withMaxAllocation(Long.MAX_VALUE));
                ExecutorService threads = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Object>> runs = new ArrayList<>();
            for (int round = 0; round < 3; round++) {
                for (String body : keepers) {
                    PreparedScript script = sandbox.prepare(body, List.of());
                    runs.add(threads.submit(
                            () -> sandbox.run("keeper", script, List.of(), Duration.ofSeconds(5), GENEROUS)));
                }
            }
            for (Future<Object> run : runs) {
                assertThatThrownBy(run::get)
                        .cause()
                        .isInstanceOfSatisfying(
                                ScriptException.class,
                                e -> assertThat(e.getMessage()).doesNotContain("ran out of memory"));
            }
            assertThat(sandbox.run(sandbox.prepare("return 1;", List.of()), List.of(), LIMIT, GENEROUS))
                    .isEqualTo(1);
        }
    }
}
