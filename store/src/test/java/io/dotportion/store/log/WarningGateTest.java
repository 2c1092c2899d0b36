package io.dotportion.store.log;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class WarningGateTest {

    @Test
    void one_warning_passes_per_interval() {
        TestClock clock = TestClock.at(Instant.parse("2025-01-01T00:00:00Z"));
        WarningGate gate = new WarningGate(clock, Duration.ofMinutes(1));

        assertThat(gate.tryPass()).isTrue();
        assertThat(gate.tryPass()).isFalse();
        clock.advance(Duration.ofSeconds(59));
        assertThat(gate.tryPass()).isFalse();
        clock.advance(Duration.ofSeconds(1));
        assertThat(gate.tryPass()).isTrue();
        assertThat(gate.tryPass()).isFalse();
    }
}
