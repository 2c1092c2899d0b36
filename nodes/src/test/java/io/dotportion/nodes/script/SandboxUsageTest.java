package io.dotportion.nodes.script;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class SandboxUsageTest {
    private static final Duration LIMIT = Duration.ofSeconds(5);

    @Test
    void usage_shows_the_pool_size_nothing_taken_and_the_context_left_idle_after_a_run() {
        try (JsSandbox sandbox = new JsSandbox(SandboxSettings.defaults().withPoolSize(3))) {
            assertThat(sandbox.usage()).isEqualTo(new SandboxUsage(3, 0, 0, 0, 3));

            PreparedScript probe = sandbox.prepare("return 1;", List.of());
            sandbox.run(probe, List.of(), LIMIT, LIMIT);
            assertThat(sandbox.usage()).isEqualTo(new SandboxUsage(3, 0, 1, 0, 3));
        }
    }
}
