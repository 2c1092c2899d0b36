package io.dotportion.server.outbound;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.egress.EgressDecision;
import io.dotportion.core.value.Json;
import io.dotportion.nodes.http.HttpNode;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import io.dotportion.server.support.Workflows;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

/** Without an allow-list, an http node cannot reach this machine: loopback is refused before anything is sent. */
@PlatformTest
class HttpNodeEgressTest {
    private final UpstreamServer upstream = new UpstreamServer().on("/ok", UpstreamServer.json(200, "{}"));

    @AfterAll
    void stop() {
        upstream.close();
    }

    @Test
    void a_call_to_a_loopback_address_is_refused_in_a_test_run_and_when_deployed(SignedUpUser user) {
        String projectId = user.newProject("local");
        var api = user.api();
        String id = api.newWorkflow(
                user.token(),
                projectId,
                Workflows.single("local", "GET", "/local", HttpNode.ID, Map.of("url", upstream.url("/ok")), 200));
        ApiResponse run = api.post("/v1/workflows/" + id + "/test-run", Map.of(), user.token())
                .expect(200);
        assertThat(run.map()).containsEntry("status", 502);
        assertThat(Json.write(run.map().get("body")))
                .contains(EgressDecision.REFUSED_MESSAGE)
                .doesNotContain("127.0.0.1")
                .doesNotContain(String.valueOf(upstream.port()));
        api.deploy(user.token(), id);
        ApiResponse answer = api.get(user.base("local") + "/local", null).expect(502);
        assertThat(answer.error()).isEqualTo("UPSTREAM_UNAVAILABLE");
        assertThat(answer.text()).doesNotContain("127.0.0.1");
        assertThat(upstream.seen()).isEmpty();
    }
}
