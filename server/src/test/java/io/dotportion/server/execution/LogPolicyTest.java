package io.dotportion.server.execution;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.engine.ExecutionResult;
import io.dotportion.core.model.LogSetting;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeError;
import io.dotportion.core.secret.Redactor;
import io.dotportion.core.testing.TestClock;
import io.dotportion.store.log.Keeping;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class LogPolicyTest {
    private static final LogSetting OFF = LogSetting.of(LogSetting.Mode.OFF);
    private final TestClock clock = TestClock.at(Instant.parse("2025-01-01T10:00:00.900Z"));
    private final LogPolicy policy = new LogPolicy(clock, 3);

    private static FinishedExecution run(String workflowId, String kind, boolean failed, LogSetting log) {
        ExecutionResult result = new ExecutionResult(
                failed ? 500 : 200,
                Map.of(),
                Map.of(),
                failed ? NodeError.of(ErrorCode.EXECUTION_FAILED, "boom") : null,
                failed ? "n" : null,
                List.of(),
                1_000);
        return new FinishedExecution(
                "id", "p1", workflowId, 1, kind, "GET", "/a", Instant.EPOCH, result, Redactor.NONE, log);
    }

    private static FinishedExecution ok(String workflowId, LogSetting log) {
        return run(workflowId, FinishedExecution.DEPLOYED, false, log);
    }

    private List<Keeping> keep(FinishedExecution run, int times) {
        return IntStream.range(0, times).mapToObj(i -> policy.keeping(run)).toList();
    }

    @Test
    void by_default_each_workflow_gets_its_own_budget_of_full_traces_per_second_of_the_clock() {
        assertThat(keep(ok("w1", null), 5))
                .containsExactly(
                        Keeping.FULL_UNLESS_BEHIND,
                        Keeping.FULL_UNLESS_BEHIND,
                        Keeping.FULL_UNLESS_BEHIND,
                        Keeping.COUNT,
                        Keeping.COUNT);
        assertThat(policy.keeping(ok("w2", null))).isEqualTo(Keeping.FULL_UNLESS_BEHIND);

        clock.advance(Duration.ofMillis(99)); // still the same second
        assertThat(policy.keeping(ok("w1", null))).isEqualTo(Keeping.COUNT);
        clock.advance(Duration.ofMillis(1));
        assertThat(keep(ok("w1", null), 4))
                .containsExactly(
                        Keeping.FULL_UNLESS_BEHIND,
                        Keeping.FULL_UNLESS_BEHIND,
                        Keeping.FULL_UNLESS_BEHIND,
                        Keeping.COUNT);
    }

    @Test
    void failures_and_test_runs_are_kept_in_full_whatever_the_setting_or_the_budget() {
        keep(ok("w1", null), 10);
        for (LogSetting setting :
                new LogSetting[] {null, OFF, LogSetting.of(LogSetting.Mode.ERRORS), LogSetting.sample(0.001)}) {
            assertThat(keep(run("w1", FinishedExecution.DEPLOYED, true, setting), 5))
                    .containsOnly(Keeping.FULL);
            assertThat(keep(run("w1", FinishedExecution.TEST, false, setting), 5))
                    .containsOnly(Keeping.FULL);
        }
    }

    @Test
    void each_setting_decides_for_successful_deployed_runs() {
        assertThat(keep(ok("w1", LogSetting.of(LogSetting.Mode.ALL)), 20)).containsOnly(Keeping.FULL_UNLESS_BEHIND);
        assertThat(keep(ok("w2", LogSetting.of(LogSetting.Mode.ERRORS)), 5)).containsOnly(Keeping.COUNT);
        assertThat(keep(ok("w3", OFF), 5)).containsOnly((Keeping) null);
    }

    @Test
    void a_sample_rate_keeps_exactly_that_share_in_full_the_first_run_included() {
        List<Keeping> quarter = keep(ok("w1", LogSetting.sample(0.25)), 12);
        assertThat(quarter)
                .containsExactly(
                        Keeping.FULL_UNLESS_BEHIND,
                        Keeping.COUNT,
                        Keeping.COUNT,
                        Keeping.COUNT,
                        Keeping.FULL_UNLESS_BEHIND,
                        Keeping.COUNT,
                        Keeping.COUNT,
                        Keeping.COUNT,
                        Keeping.FULL_UNLESS_BEHIND,
                        Keeping.COUNT,
                        Keeping.COUNT,
                        Keeping.COUNT);
        assertThat(keep(ok("w2", LogSetting.sample(0.01)), 1000).stream().filter(k -> k == Keeping.FULL_UNLESS_BEHIND))
                .hasSize(10);
        assertThat(keep(ok("w3", LogSetting.sample(1)), 7)).containsOnly(Keeping.FULL_UNLESS_BEHIND);
    }
}
