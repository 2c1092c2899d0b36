package io.dotportion.server.secrets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dotportion.core.testing.TestClock;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class SecretTestAdmissionTest {
    private final TestClock clock = TestClock.standing();
    private final SecretTestLimits limits =
            new SecretTestLimits(3, 4, Duration.ofMinutes(1), 2, 3, Duration.ofSeconds(1));
    private final SecretTestAdmission admission = new SecretTestAdmission(limits, clock);

    private static void assertRateLimited(Runnable admit) {
        assertThatThrownBy(admit::run)
                .isInstanceOfSatisfying(
                        ApiException.class, e -> assertThat(e.error()).isEqualTo(ApiError.RATE_LIMITED));
    }

    @Test
    void at_most_the_concurrent_limit_of_one_project_runs_at_once() {
        SecretTestAdmission.Ticket first = admission.admit("p", "u1");
        SecretTestAdmission.Ticket second = admission.admit("p", "u2");

        assertRateLimited(() -> admission.admit("p", "u3"));
        first.close();
        admission.admit("p", "u3").close();
        second.close();
    }

    @Test
    void at_most_the_concurrent_limit_of_the_instance_runs_at_once() {
        admission.admit("a", "u1");
        admission.admit("b", "u2");
        SecretTestAdmission.Ticket third = admission.admit("c", "u3");

        assertRateLimited(() -> admission.admit("d", "u4"));
        third.close();
        admission.admit("d", "u4").close();
    }

    @Test
    void a_project_gets_its_count_per_window_and_a_user_theirs_across_projects() {
        for (int i = 0; i < 3; i++) {
            admission.admit("p", "u").close();
        }
        assertRateLimited(() -> admission.admit("p", "other"));
        admission.admit("q", "u").close();
        assertRateLimited(() -> admission.admit("r", "u"));

        clock.advance(Duration.ofMinutes(1));

        admission.admit("p", "u").close();
    }
}
