package io.dotportion.core.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class PollTest {
    @Test
    void returns_the_first_value_the_condition_accepts() {
        AtomicInteger reads = new AtomicInteger();

        int value = Poll.until(Duration.ofSeconds(10), reads::incrementAndGet, n -> n >= 3, "three reads");

        assertThat(value).isEqualTo(3);
        assertThat(reads).hasValue(3);
    }

    @Test
    void a_value_accepted_at_once_is_read_once() {
        AtomicInteger reads = new AtomicInteger();

        Poll.until(Duration.ZERO, () -> reads.incrementAndGet() > 0, "a first read");

        assertThat(reads).hasValue(1);
    }

    @Test
    void past_the_bound_it_fails_naming_what_it_waited_for_and_the_last_value() {
        AtomicInteger reads = new AtomicInteger();

        assertThatThrownBy(
                        () -> Poll.until(Duration.ofMillis(50), reads::incrementAndGet, n -> n < 0, "a negative count"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("a negative count")
                .hasMessageContaining("PT0.05S")
                .hasMessageEndingWith("last value: " + reads.get());
    }

    @Test
    void a_condition_that_never_holds_fails_with_its_description() {
        assertThatThrownBy(() -> Poll.until(Duration.ofMillis(20), () -> false, "the door to open"))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("the door to open")
                .hasMessageContaining("last value: false");
    }
}
