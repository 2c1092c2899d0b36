package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.limit.Limits;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformExtension;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

@PlatformTest
class ScriptSafetyTest {
    static final Duration SCRIPT_LIMIT = Duration.ofMillis(1500);

    @RegisterExtension
    static final PlatformExtension PLATFORM = PlatformExtension.configured(config ->
            config.withLimits(Limits.defaults().withScriptTimeout(SCRIPT_LIMIT).withMaxBodyBytes(1024)));

    private final ApiClient api;
    private final String token;
    private final String projectId;
    private final String base;

    ScriptSafetyTest(SignedUpUser user) {
        api = user.api();
        token = user.token();
        projectId = user.newProject("lab");
        api.deploy(token, api.newWorkflow(token, projectId, ApiClient.fixture("spin.json")));
        api.deploy(token, api.newWorkflow(token, projectId, ApiClient.fixture("get-user.json")));
        api.deploy(token, api.newWorkflow(token, projectId, ApiClient.fixture("echo.json")));
        base = user.base("lab");
    }

    @Test
    void an_endless_script_ends_with_an_error_within_its_limit_while_other_requests_are_served() throws Exception {
        long started = System.nanoTime();
        CompletableFuture<ApiResponse> spinning = CompletableFuture.supplyAsync(() -> api.get(base + "/spin", null));
        List<ApiResponse> others = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            others.add(api.get(base + "/users/" + i, null));
        }
        ApiResponse spin = spinning.get(20, TimeUnit.SECONDS);
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(others).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
        assertThat(spin.status()).isIn(500, 504);
        assertThat(spin.map()).containsKeys("error", "message", "executionId");
        assertThat(spin.text()).doesNotContain("at org.graalvm").doesNotContain("Exception");
        assertThat(took).isLessThan(SCRIPT_LIMIT.multipliedBy(6));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "return Java.type('java.lang.System').getenv('PATH');",
                "return load('/etc/passwd');",
                "return Polyglot.eval('js', '6 * 7');",
                "return java.lang.System.getenv('PATH');",
                "return require('fs').readFileSync('/etc/passwd', 'utf8');",
                "return fetch('http://127.0.0.1:9/');"
            })
    void an_escape_attempt_fails_and_reaches_nothing(String code) {
        String id = api.newWorkflow(token, projectId, probe(code));
        ApiResponse run =
                api.post("/v1/workflows/" + id + "/test-run", Map.of(), token).expect(200);
        Map<String, Object> result = run.map();
        assertThat(result.get("status")).isEqualTo(500);
        assertThat(result.get("error")).isEqualTo("EXECUTION_FAILED");
        assertThat(run.text())
                .doesNotContain("root:")
                .doesNotContain("/usr/bin")
                .doesNotContain("\"reached\"");
    }

    @Test
    void a_body_over_the_limit_is_a_413() {
        ApiResponse r = api.post(base + "/echo", Map.of("name", "x".repeat(2048)), null);
        assertThat(r.status()).isEqualTo(413);
        assertThat(r.error()).isEqualTo("PAYLOAD_TOO_LARGE");
        assertThat(api.post(base + "/echo", Map.of("name", "small"), null)
                        .expect(200)
                        .map())
                .containsEntry("hello", "small");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> probe(String code) {
        Map<String, Object> doc = new LinkedHashMap<>(ApiClient.fixture("script-probe.json"));
        doc.put(
                "nodes",
                ((List<Map<String, Object>>) doc.get("nodes"))
                        .stream()
                                .map(node -> {
                                    if (!"attempt".equals(node.get("id"))) {
                                        return node;
                                    }
                                    Map<String, Object> changed = new LinkedHashMap<>(node);
                                    changed.put("data", Map.of("code", code));
                                    return changed;
                                })
                                .toList());
        return doc;
    }
}
