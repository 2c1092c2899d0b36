package io.dotportion.server.metrics;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import org.junit.jupiter.api.Test;

class HttpTimersTest {
    private final SimpleMeterRegistry registry = new SimpleMeterRegistry();
    private final HttpTimers timers = new HttpTimers(registry, 3);

    @Test
    void a_deployed_route_is_one_series_per_method_and_status_whatever_the_calls() {
        timers.deployed("p1", "/users/{id}").record("GET", 200, 1_000);
        timers.deployed("p1", "/users/{id}").record("GET", 200, 2_000);
        timers.deployed("p1", "/users/{id}").record("GET", 404, 3_000);

        assertThat(timer("/users/{id}", "p1", "GET", "200").count()).isEqualTo(2);
        assertThat(timer("/users/{id}", "p1", "GET", "404").count()).isEqualTo(1);
        assertThat(timer("/users/{id}", "p1", "GET", "404").getId().getTag("outcome"))
                .isEqualTo("CLIENT_ERROR");
    }

    @Test
    void the_same_template_in_two_projects_is_two_series() {
        timers.deployed("p1", "/items").record("POST", 201, 1_000);
        timers.deployed("p2", "/items").record("POST", 201, 1_000);

        assertThat(timer("/items", "p1", "POST", "201").count()).isEqualTo(1);
        assertThat(timer("/items", "p2", "POST", "201").count()).isEqualTo(1);
    }

    @Test
    void routes_past_the_bound_share_the_other_series() {
        timers.platform("/v1/projects", "GET", 200, 1_000);
        timers.deployed("p1", "/a").record("GET", 200, 1_000);
        timers.deployed("p1", "/b").record("GET", 200, 1_000);
        timers.deployed("p1", "/c").record("GET", 200, 1_000);
        timers.platform("/v1/tokens", "GET", 200, 1_000);

        assertThat(timer(HttpTimers.OTHER, HttpTimers.NO_PROJECT, "GET", "200").count())
                .isEqualTo(2);
        assertThat(registry.find(HttpTimers.NAME).tag("route", "/c").timers()).isEmpty();
        assertThat(registry.find(HttpTimers.NAME).tag("route", "/b").timers()).hasSize(1);
    }

    @Test
    void every_status_class_has_its_outcome() {
        assertThat(HttpTimers.outcome(101)).isEqualTo("INFORMATIONAL");
        assertThat(HttpTimers.outcome(204)).isEqualTo("SUCCESS");
        assertThat(HttpTimers.outcome(308)).isEqualTo("REDIRECTION");
        assertThat(HttpTimers.outcome(429)).isEqualTo("CLIENT_ERROR");
        assertThat(HttpTimers.outcome(503)).isEqualTo("SERVER_ERROR");
        assertThat(HttpTimers.outcome(600)).isEqualTo("UNKNOWN");
    }

    private Timer timer(String route, String project, String method, String status) {
        return registry.get(HttpTimers.NAME)
                .tag("route", route)
                .tag("project", project)
                .tag("method", method)
                .tag("status", status)
                .timer();
    }
}
