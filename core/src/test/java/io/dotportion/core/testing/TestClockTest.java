package io.dotportion.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class TestClockTest {
    private static final Instant START = Instant.parse("2026-03-01T10:00:00Z");

    @Test
    void a_standing_clock_moves_only_when_advanced() {
        TestClock clock = TestClock.at(START);

        assertThat(clock.instant()).isEqualTo(START);
        clock.advance(Duration.ofMinutes(5));

        assertThat(clock.instant()).isEqualTo(START.plusSeconds(300));
        assertThat(clock.millis()).isEqualTo(START.plusSeconds(300).toEpochMilli());
    }

    @Test
    void a_ticking_clock_is_ahead_of_the_system_clock_by_what_was_added() {
        TestClock clock = TestClock.ticking();
        clock.advance(Duration.ofDays(2));

        Instant before = Instant.now().plus(Duration.ofDays(2));
        Instant read = clock.instant();

        assertThat(read).isAfterOrEqualTo(before).isBefore(before.plus(Duration.ofHours(1)));
    }

    @Test
    void advances_from_many_threads_all_count() throws Exception {
        TestClock clock = TestClock.at(START);
        try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
            IntStream.range(0, 1_000).forEach(i -> pool.submit(() -> clock.advance(Duration.ofSeconds(1))));
        }

        assertThat(clock.instant()).isEqualTo(START.plusSeconds(1_000));
    }

    @Test
    void it_does_not_go_back() {
        assertThatThrownBy(() -> TestClock.standing().advance(Duration.ofSeconds(-1)))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
