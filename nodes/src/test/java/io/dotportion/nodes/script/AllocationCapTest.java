package io.dotportion.nodes.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The per-run allocation backstop grows with the run's time limit: garbage counts, so busy loops churn. */
class AllocationCapTest {
    private static final long MIB = 1024L * 1024;

    @Test
    void the_cap_is_the_setting_per_started_second_of_the_limit() {
        assertThat(Runs.allocationCap(64 * MIB, Duration.ofMillis(300).toNanos()))
                .isEqualTo(64 * MIB);
        assertThat(Runs.allocationCap(64 * MIB, Duration.ofSeconds(1).toNanos()))
                .isEqualTo(64 * MIB);
        assertThat(Runs.allocationCap(64 * MIB, Duration.ofMillis(1500).toNanos()))
                .isEqualTo(128 * MIB);
        assertThat(Runs.allocationCap(64 * MIB, Duration.ofSeconds(10).toNanos()))
                .isEqualTo(640 * MIB);
        assertThat(Runs.allocationCap(Long.MAX_VALUE / 2, Duration.ofSeconds(3).toNanos()))
                .isEqualTo(Long.MAX_VALUE);
    }

    @Test
    void a_busy_loop_within_a_long_limit_is_not_stopped_for_its_garbage() {
        try (JsSandbox sandbox = new JsSandbox(SandboxSettings.defaults()
                .withPoolSize(1)
                .withStatementLimit(Long.MAX_VALUE)
                .withMaxAllocation(512 * MIB))) {
            PreparedScript busy = sandbox.prepare(
                    "const end = Date.now() + 1500; let n = 0; while (Date.now() < end) { n++; } return n > 0;",
                    List.of());
            assertThat(sandbox.run("p", busy, List.of(), Duration.ofSeconds(20), Duration.ofSeconds(30)))
                    .isEqualTo(true);
        }
    }
}
