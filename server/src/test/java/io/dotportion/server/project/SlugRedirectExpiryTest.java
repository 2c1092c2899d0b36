package io.dotportion.server.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.TestClock;
import io.dotportion.nodes.response.ResponseNode;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.PlatformExtension;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import io.dotportion.server.support.Workflows;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** An old slug redirects for the configured period on the platform's clock, then answers 404 and is free again. */
@PlatformTest
class SlugRedirectExpiryTest {
    private static final Duration PERIOD = Duration.ofHours(2);

    @RegisterExtension
    static final PlatformExtension PLATFORM = PlatformExtension.configured(
                    config -> config.withGateway(config.gateway().withSlugRedirectPeriod(PERIOD)))
            .perMethod();

    @Test
    void the_redirect_ends_when_the_clock_passes_its_period(SignedUpUser user, TestClock clock) {
        ApiClient api = user.api();
        String id = deployed(user, "before");
        api.call("PATCH", "/v1/projects/" + id, Map.of("slug", "after"), user.token())
                .expect(200);
        String old = "/api/" + user.username() + "/before/ping";

        clock.advance(PERIOD.minusSeconds(1));
        assertThat(api.get(old, null).status()).isEqualTo(308);

        clock.advance(Duration.ofSeconds(1));
        assertThat(api.get(old, null).status()).isEqualTo(404);
        assertThat(api.get("/v1/projects/" + id, user.token()).expect(200).map().get("slugRedirects"))
                .isEqualTo(List.of());
        assertThat(api.get("/api/" + user.username() + "/after/ping", null).status())
                .isEqualTo(200);
    }

    @Test
    void an_ended_redirect_frees_the_slug_for_another_project(SignedUpUser user, TestClock clock) {
        ApiClient api = user.api();
        String id = deployed(user, "taken");
        api.call("PATCH", "/v1/projects/" + id, Map.of("slug", "moved"), user.token())
                .expect(200);
        assertThat(api.post("/v1/projects", Map.of("name", "P", "slug", "taken"), user.token())
                        .status())
                .isEqualTo(409);

        clock.advance(PERIOD);

        String other = deployed(user, "taken");
        assertThat(other).isNotEqualTo(id);
        assertThat(api.get("/api/" + user.username() + "/taken/ping", null).status())
                .isEqualTo(200);
    }

    private static String deployed(SignedUpUser user, String slug) {
        ApiClient api = user.api();
        String id = api.newProject(user.token(), slug);
        api.deploy(
                user.token(),
                api.newWorkflow(
                        user.token(),
                        id,
                        Workflows.chain(
                                "Ping",
                                "GET",
                                "/ping",
                                List.of(Workflows.node("answer", ResponseNode.ID, Map.of("status", 200))))));
        return id;
    }
}
