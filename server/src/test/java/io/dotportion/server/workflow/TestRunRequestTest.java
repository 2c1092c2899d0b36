package io.dotportion.server.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.nodes.response.ResponseNode;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import io.dotportion.server.support.Workflows;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A test run's sample path binds the workflow's path parameters and query as a real request would. */
@PlatformTest
class TestRunRequestTest {
    private final ApiClient api;
    private final String token;
    private final String workflowId;

    TestRunRequestTest(SignedUpUser user) {
        api = user.api();
        token = user.token();
        String projectId = api.newProject(token, "runs");
        workflowId = api.newWorkflow(
                token,
                projectId,
                Workflows.chain(
                        "Posts",
                        "GET",
                        "/users/{id}/posts/{slug}",
                        List.of(Workflows.node(
                                "answer",
                                ResponseNode.ID,
                                Map.of(
                                        "status",
                                        200,
                                        "body",
                                        Map.of(
                                                "id",
                                                "{{request.params.id}}",
                                                "slug",
                                                "{{request.params.slug}}",
                                                "page",
                                                "{{request.query.page}}"))))));
    }

    private Map<String, Object> run(Map<String, Object> sample) {
        return api.post("/v1/workflows/" + workflowId + "/test-run", sample, token)
                .expect(200)
                .map();
    }

    private static Map<String, Object> body(String id, String slug, String page) {
        Map<String, Object> body = new HashMap<>();
        body.put("id", id);
        body.put("slug", slug);
        body.put("page", page);
        return body;
    }

    @Test
    void a_sample_path_binds_the_path_parameters() {
        assertThat(run(Map.of("path", "/users/42/posts/hello")).get("body")).isEqualTo(body("42", "hello", null));
    }

    @Test
    void a_sample_path_is_percent_decoded_and_normalised_like_a_real_request() {
        assertThat(run(Map.of("path", "users/a%20b/posts/caf%C3%A9/")).get("body"))
                .isEqualTo(body("a b", "café", null));
    }

    @Test
    void a_query_string_in_the_sample_path_becomes_the_query_and_explicit_query_wins() {
        assertThat(run(Map.of("path", "/users/1/posts/x?page=3")).get("body"))
                .isEqualTo(Map.of("id", "1", "slug", "x", "page", "3"));
        assertThat(run(Map.of("path", "/users/1/posts/x?page=3", "query", Map.of("page", "9")))
                        .get("body"))
                .isEqualTo(Map.of("id", "1", "slug", "x", "page", "9"));
    }

    @Test
    void explicit_params_win_over_the_bound_ones_and_work_without_a_path() {
        assertThat(run(Map.of("path", "/users/1/posts/x", "params", Map.of("id", "7")))
                        .get("body"))
                .isEqualTo(body("7", "x", null));
        assertThat(run(Map.of("params", Map.of("id", "5", "slug", "y"))).get("body"))
                .isEqualTo(body("5", "y", null));
    }

    @Test
    void a_sample_path_the_template_does_not_match_is_a_400_naming_both() {
        for (String path : List.of("/users/1", "/users/1/posts/x/extra", "/people/1/posts/x")) {
            String answer = api.post("/v1/workflows/" + workflowId + "/test-run", Map.of("path", path), token)
                    .expect(400)
                    .text();
            assertThat(answer).as(path).contains("does not match").contains("/users/{id}/posts/{slug}");
        }
    }

    @Test
    void a_badly_encoded_sample_path_is_a_400() {
        assertThat(api.post("/v1/workflows/" + workflowId + "/test-run", Map.of("path", "/users/%ZZ/posts/x"), token)
                        .status())
                .isEqualTo(400);
        assertThat(api.post(
                                "/v1/workflows/" + workflowId + "/test-run",
                                Map.of("path", "/users/1/posts/x?p=%C0%AF"),
                                token)
                        .status())
                .isEqualTo(400);
    }
}
