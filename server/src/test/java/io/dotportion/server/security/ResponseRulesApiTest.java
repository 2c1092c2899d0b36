package io.dotportion.server.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import io.dotportion.server.support.Workflows;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** What a response node may answer, over HTTP: refused headers and statuses at save, and at run time. */
@PlatformTest
class ResponseRulesApiTest {
    private final ApiClient api;
    private final String token;
    private final String projectId;
    private final String base;

    ResponseRulesApiTest(SignedUpUser user) {
        api = user.api();
        token = user.token();
        projectId = user.newProject("rules");
        base = user.base("rules");
    }

    private Map<String, Object> answering(String path, Map<String, Object> response) {
        return Workflows.chain("Answer " + path, "GET", path, List.of(Workflows.node("answer", "response", response)));
    }

    private void deploy(Map<String, Object> workflow) {
        api.deploy(token, api.newWorkflow(token, projectId, workflow));
    }

    @SuppressWarnings("unchecked")
    private List<String> violationPaths(ApiResponse r) {
        Map<String, Object> body = r.map();
        Object list = body.containsKey("violations") ? body.get("violations") : body.get("warnings");
        return ((List<Map<String, Object>>) list)
                .stream().map(v -> v.get("path") + " " + v.get("code")).toList();
    }

    @Test
    void set_cookie_header_is_a_violation_on_the_headers_path() {
        ApiResponse r = api.post(
                "/v1/projects/" + projectId + "/workflows",
                answering("/fixate", Map.of("status", 200, "headers", Map.of("Set-Cookie", "dp_session=abc; Path=/"))),
                token);

        assertThat(r.status()).isEqualTo(400);
        assertThat(violationPaths(r)).containsExactly("nodes[1].data.headers.Set-Cookie INVALID_CONFIG");
    }

    @Test
    void every_security_header_is_a_violation_on_save_validate_and_update() {
        List<String> refused = List.of(
                "set-cookie",
                "SET-COOKIE2",
                "Content-Security-Policy",
                "Content-Security-Policy-Report-Only",
                "Strict-Transport-Security",
                "X-Content-Type-Options",
                "X-Frame-Options",
                "Access-Control-Allow-Origin",
                "Access-Control-Allow-Credentials",
                "access-control-allow-methods",
                "Transfer-Encoding",
                "Content-Length",
                "Connection",
                "Upgrade",
                "Alt-Svc",
                "Clear-Site-Data",
                "Report-To",
                "NEL",
                "X-Accel-Redirect",
                "RateLimit-Limit");
        String id = api.newWorkflow(token, projectId, answering("/updated", Map.of("status", 200)));
        for (String name : refused) {
            Map<String, Object> document = answering("/h", Map.of("status", 200, "headers", Map.of(name, "x")));
            String expected = "nodes[1].data.headers." + name + " INVALID_CONFIG";

            assertThat(violationPaths(api.post("/v1/projects/" + projectId + "/workflows", document, token)
                            .expect(400)))
                    .as(name)
                    .containsExactly(expected);
            assertThat(violationPaths(api.post("/v1/projects/" + projectId + "/workflows/validate", document, token)
                            .expect(200)))
                    .as(name)
                    .containsExactly(expected);
            assertThat(violationPaths(
                            api.put("/v1/workflows/" + id, document, token).expect(200)))
                    .as(name)
                    .containsExactly(expected);
        }
    }

    @Test
    void an_interim_status_is_a_violation_at_save() {
        for (Object status : List.of(100, 101, 102, 103, 199, "101", 600)) {
            ApiResponse r = api.post(
                    "/v1/projects/" + projectId + "/workflows", answering("/interim", Map.of("status", status)), token);

            assertThat(r.status()).as(String.valueOf(status)).isEqualTo(400);
            assertThat(violationPaths(r)).containsExactly("nodes[1].data.status INVALID_CONFIG");
        }
    }

    @Test
    void an_interim_status_from_a_template_fails_with_a_clear_error_instead_of_hanging() {
        deploy(answering("/switching", Map.of("status", "{{request.query.code}}", "body", "HTTP/1.1 200 OK")));

        for (String code : List.of("100", "101", "103", "199")) {
            ApiResponse r = api.get(base + "/switching?code=" + code, null);

            assertThat(r.status()).as(code).isEqualTo(500);
            assertThat(r.error()).isEqualTo("EXECUTION_FAILED");
            assertThat(r.map().get("message").toString()).contains("between 200 and 599");
            assertThat(r.text()).doesNotContain("HTTP/1.1");
        }
        assertThat(api.get(base + "/switching?code=202", null).status()).isEqualTo(202);
    }

    @Test
    void no_content_and_not_modified_answers_have_no_body() {
        deploy(answering(
                "/empty",
                Map.of(
                        "status",
                        "{{request.query.code}}",
                        "headers",
                        Map.of("Content-Type", "text/html"),
                        "body",
                        "<script>alert(1)</script>")));

        for (String code : List.of("204", "205", "304")) {
            ApiResponse r = api.get(base + "/empty?code=" + code, null);

            assertThat(r.status()).isEqualTo(Integer.parseInt(code));
            assertThat(r.text()).as(code).isEmpty();
            assertThat(ApiClient.header(r, "Content-Type")).as(code).isNull();
        }
        assertThat(api.get(base + "/empty?code=200", null).text()).isEqualTo("<script>alert(1)</script>");
    }

    @Test
    void a_header_value_from_the_request_cannot_split_the_answer() {
        deploy(answering(
                "/named", Map.of("status", 200, "headers", Map.of("X-Name", "{{request.query.name}}"), "body", "ok")));

        for (String injected : List.of(
                "a%0d%0aSet-Cookie:%20dp_session=x",
                "a%0aSet-Cookie:%20x=1", "a%c4%8aSet-Cookie:%20x=1", "a%c4%8d%c4%8aSet-Cookie:%20x=1", "a%00b")) {
            ApiResponse r = api.get(base + "/named?name=" + injected, null);

            assertThat(r.status()).as(injected).isEqualTo(500);
            assertThat(ApiClient.headers(r, "Set-Cookie")).isEmpty();
            assertThat(ApiClient.headers(r, "X-Name")).isEmpty();
            assertThat(r.map().get("message").toString()).contains("X-Name").doesNotContain("Set-Cookie");
        }
        assertThat(ApiClient.header(api.get(base + "/named?name=ada", null).expect(200), "X-Name"))
                .isEqualTo("ada");
    }

    @Test
    void a_workflow_vary_header_keeps_the_gateways_vary_origin() {
        String cors = api.newProject(token, "vary");
        api.deploy(
                token,
                api.newWorkflow(
                        token,
                        cors,
                        answering(
                                "/v",
                                Map.of("status", 200, "headers", Map.of("Vary", "Accept-Language"), "body", "ok"))));
        api.call(
                        "PATCH",
                        "/v1/projects/" + cors,
                        Map.of(
                                "cors",
                                Map.of(
                                        "enabled",
                                        true,
                                        "allowedOrigins",
                                        List.of("*"),
                                        "allowedMethods",
                                        List.of("GET"),
                                        "allowedHeaders",
                                        List.of())),
                        token)
                .expect(200);

        ApiResponse r = api.raw(
                        "GET",
                        "/api/" + api.username(token) + "/vary/v",
                        null,
                        null,
                        Map.of("Origin", "https://a.example"))
                .expect(200);

        assertThat(String.join(",", ApiClient.headers(r, "Vary")))
                .contains("Origin")
                .contains("Accept-Language");
    }
}
