package io.dotportion.server.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.port.Project;
import io.dotportion.core.port.RateLimitStore;
import io.dotportion.core.testing.TestClock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RateLimiterTest {
    private static final Project.RateLimit TWO_PER_MINUTE = new Project.RateLimit(true, 60_000, 2, "slow", true, false);

    private final TestClock clock = TestClock.at(Instant.parse("2025-01-01T10:00:10Z"));
    private final CountingStore store = new CountingStore();
    private final RateLimiter limiter = new RateLimiter(store, clock, 100);

    @Test
    void the_window_allows_max_hits_and_the_next_window_starts_again() {
        assertThat(limiter.check("p", TWO_PER_MINUTE, "a").orElseThrow().remaining())
                .isEqualTo(1);
        assertThat(limiter.check("p", TWO_PER_MINUTE, "a").orElseThrow().limited())
                .isFalse();
        RateLimiter.Decision third = limiter.check("p", TWO_PER_MINUTE, "a").orElseThrow();
        assertThat(third.limited()).isTrue();
        assertThat(third.remaining()).isZero();
        assertThat(third.resetAt()).isEqualTo(Instant.parse("2025-01-01T10:01:00Z"));

        clock.advance(Duration.ofSeconds(50));

        assertThat(limiter.check("p", TWO_PER_MINUTE, "a").orElseThrow().limited())
                .isFalse();
    }

    @Test
    void clients_and_projects_count_apart() {
        limiter.check("p", TWO_PER_MINUTE, "a");
        limiter.check("p", TWO_PER_MINUTE, "a");

        assertThat(limiter.check("p", TWO_PER_MINUTE, "b").orElseThrow().limited())
                .isFalse();
        assertThat(limiter.check("q", TWO_PER_MINUTE, "a").orElseThrow().limited())
                .isFalse();
    }

    @Test
    void a_client_known_to_be_over_its_limit_is_refused_without_a_store_round_trip() {
        for (int i = 0; i < 3; i++) {
            limiter.check("p", TWO_PER_MINUTE, "a");
        }
        int hits = store.calls;

        assertThat(limiter.check("p", TWO_PER_MINUTE, "a").orElseThrow().limited())
                .isTrue();
        assertThat(store.calls).isEqualTo(hits);
    }

    @Test
    void a_disabled_limit_costs_nothing() {
        assertThat(limiter.check("p", Project.RateLimit.disabled(), "a")).isEmpty();
        assertThat(store.calls).isZero();
    }

    @Test
    void when_the_store_cannot_count_the_request_passes() {
        store.failing = true;

        assertThat(limiter.check("p", TWO_PER_MINUTE, "a")).isEmpty();
    }

    private static final class CountingStore implements RateLimitStore {
        final Map<String, Long> counts = new HashMap<>();
        int calls;
        boolean failing;

        @Override
        public long hit(String projectId, String key, Instant windowStart, Instant expiresAt) {
            calls++;
            if (failing) {
                throw new IllegalStateException("store unreachable");
            }
            return counts.merge(projectId + key + windowStart, 1L, Long::sum);
        }

        @Override
        public long sweep(Instant before) {
            return 0;
        }
    }
}
