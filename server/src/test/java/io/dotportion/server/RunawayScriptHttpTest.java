package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.limit.Limits;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformExtension;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.Workflows;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Scripts that try not to end, over HTTP: each is answered with 500/504 while another project keeps answering. */
@Timeout(600)
@PlatformTest
class RunawayScriptHttpTest {
    @RegisterExtension
    static final PlatformExtension PLATFORM = PlatformExtension.configured(config -> config.withLimits(
            Limits.defaults().withExecutionTimeout(Duration.ofSeconds(3)).withScriptStatementLimit(Long.MAX_VALUE)));

    private ApiClient api;
    private String attacker;
    private String attackerProject;
    private String attackerBase;
    private String otherBase;

    @BeforeAll
    void start(ApiClient api) {
        this.api = api;
        attacker = api.newUser("runaway");
        attackerProject = api.newProject(attacker, "runaway");
        attackerBase = "/api/" + api.username(attacker) + "/runaway";
        String other = api.newUser("bystander");
        String otherProject = api.newProject(other, "calm");
        api.deploy(
                other,
                api.newWorkflow(
                        other,
                        otherProject,
                        Workflows.single(
                                "Calm",
                                "GET",
                                "/calm",
                                "logic",
                                Map.of("code", "return { ok: true, n: 6 * 7 };"),
                                200)));
        otherBase = "/api/" + api.username(other) + "/calm/calm";
    }

    private String deployRunaway(String path, String code) {
        api.deploy(
                attacker,
                api.newWorkflow(
                        attacker,
                        attackerProject,
                        Workflows.single(path, "GET", "/" + path, "logic", Map.of("code", code), 200)));
        return attackerBase + "/" + path;
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "const end = Date.now() + 5000; function f(n) { try { return f(n + 1) + 1; }"
                        + " catch (e) { return Date.now() < end ? f(n + 1) : 0; } } f(0); return 'ended';",
                "let x = 2n ** 1000000n; while (true) { x *= x; }",
                "return 'a'.repeat(2 ** 28).length;",
                "return Array(1e9).fill(0).length;",
                "try { while (true) {} } finally { while (true) {} }",
                "while (true) { try { while (true) {} } catch (e) {} }",
                "return [...(function* () { while (true) { yield 1; } })()].length;",
                "return new Float64Array(2 ** 27).length;",
                "let s = 'a'; while (true) { s += s; }",
                "const a = []; while (true) { a.push({ x: a.length }); }",
                "return JSON.stringify(Array(2e6).fill('abcdefghij')).length;",
                "const again = () => Promise.resolve().then(again); again(); while (true) {}"
            })
    void a_runaway_script_is_answered_with_an_error_while_another_project_answers(String code) throws Exception {
        String path = deployRunaway("r" + Integer.toHexString(code.hashCode()), code);

        CompletableFuture<ApiResponse> runaway = CompletableFuture.supplyAsync(() -> api.get(path, null));
        ApiResponse calm = api.get(otherBase, null);
        ApiResponse answer = runaway.get(60, TimeUnit.SECONDS);

        assertThat(calm.status()).isEqualTo(200);
        assertThat(calm.map()).containsEntry("n", 42);
        assertThat(answer.status()).isIn(500, 504);
        assertThat(answer.error()).isIn("EXECUTION_FAILED", "TIMEOUT");
        assertThat(answer.text())
                .doesNotContain("Exception")
                .doesNotContain("org.graalvm")
                .doesNotContain("ended");
    }

    @Test
    void many_concurrent_memory_hungry_runs_of_one_project_leave_the_others_served() throws Exception {
        List<String> paths = List.of(
                deployRunaway("floats", "return new Float64Array(2 ** 27).length;"),
                deployRunaway("doubling", "let s = 'ab'; while (true) { s = s + s; }"),
                deployRunaway("pushes", "const a = []; while (true) { a.push('x'.repeat(1000) + a.length); }"),
                deployRunaway("fill", "return Array(1e9).fill({}).length;"));
        List<CompletableFuture<ApiResponse>> runs = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            String path = paths.get(i % paths.size());
            runs.add(CompletableFuture.supplyAsync(() -> api.get(path, null)));
        }
        List<ApiResponse> calm = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            calm.add(api.get(otherBase, null));
        }

        assertThat(calm).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
        for (CompletableFuture<ApiResponse> run : runs) {
            ApiResponse r = run.get(120, TimeUnit.SECONDS);
            assertThat(r.status()).isIn(500, 503, 504);
        }
        assertThat(api.get(otherBase, null).status()).isEqualTo(200);
        assertThat(api.get("/health", null).status()).isEqualTo(200);
        assertThat(api.get("/health/live", null).status()).isEqualTo(200);
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "}, function () { return 1;",
                "}); while (true) {} (function () {",
                "return 1; } }, { code: function () {",
                "/* */ } /* */",
                "`${1}` }, function () { return `"
            })
    @SuppressWarnings("unchecked")
    void a_logic_body_that_closes_its_wrapper_is_refused_at_save(String code) {
        ApiResponse refused = api.post(
                "/v1/projects/" + attackerProject + "/workflows",
                Workflows.single("Escape", "GET", "/escape", "logic", Map.of("code", code), 200),
                attacker);

        assertThat(refused.status()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) refused.map().get("violations"))
                .anySatisfy(v -> assertThat(v.get("path")).isEqualTo("nodes[1].data.code"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"true); while (true) {} (true", "1]; [2", "input) || (function () { while (true) {} })("})
    @SuppressWarnings("unchecked")
    void a_condition_that_is_not_one_expression_is_refused_at_save(String condition) {
        Map<String, Object> doc =
                Workflows.single("Cond", "GET", "/cond", "condition", Map.of("condition", condition), 200);
        ApiResponse refused = api.post("/v1/projects/" + attackerProject + "/workflows", doc, attacker);

        assertThat(refused.status()).isEqualTo(400);
        assertThat((List<Map<String, Object>>) refused.map().get("violations"))
                .anySatisfy(v -> assertThat(v.get("path")).isEqualTo("nodes[1].data.condition"));
    }
}
