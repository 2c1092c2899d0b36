package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

@PlatformTest
class GatewayTest {
    private ApiClient api;
    private String base;

    @BeforeAll
    void start(ApiClient api) {
        this.api = api;
        String token = api.newUser("gateway");
        String projectId = api.newProject(token, "shop");
        for (String fixture : List.of(
                "get-user.json",
                "get-user-me.json",
                "items-get.json",
                "items-post.json",
                "adult-check.json",
                "double-loop.json",
                "nested-loop.json")) {
            api.deploy(token, api.newWorkflow(token, projectId, ApiClient.fixture(fixture)));
        }
        base = "/api/" + api.username(token) + "/shop";
    }

    @Test
    void a_path_parameter_is_bound_into_the_request() {
        ApiResponse r = api.get(base + "/users/42", null).expect(200);
        assertThat(r.map()).containsEntry("id", "42").containsEntry("source", "param");
        assertThat(ApiClient.header(r, "Content-Type")).startsWith("application/json");
        assertThat(ApiClient.header(r, "X-Execution-Id")).matches("[0-9a-f]{24}");
    }

    @Test
    void a_literal_segment_wins_over_a_parameter() {
        assertThat(api.get(base + "/users/me", null).expect(200).map()).containsEntry("source", "literal");
    }

    @Test
    void two_workflows_serve_one_path_with_different_methods() {
        assertThat(api.get(base + "/items?page=3&page=4", null).expect(200).map())
                .containsEntry("op", "list")
                .containsEntry("page", "3");
        assertThat(api.post(base + "/items", Map.of("title", "pen"), null)
                        .expect(201)
                        .map())
                .containsEntry("op", "create")
                .containsEntry("item", Map.of("title", "pen"));
        assertThat(api.call("DELETE", base + "/items", null, null).status()).isEqualTo(404);
    }

    @Test
    void parameters_logic_and_condition_choose_between_two_responses() {
        assertThat(api.post(base + "/people", Map.of("name", "ada", "age", 36), null)
                        .expect(200)
                        .map())
                .containsEntry("welcome", "ADA")
                .containsEntry("age", 36);
        assertThat(api.post(base + "/people", Map.of("name", "tim", "age", 12), null)
                        .expect(400)
                        .map())
                .containsEntry("error", "too young")
                .containsEntry("name", "TIM");
    }

    @Test
    void missing_and_mistyped_parameters_are_a_400_listing_every_failure() {
        ApiResponse r = api.post(base + "/people", Map.of("age", "old"), null);
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.error()).isEqualTo("INVALID_REQUEST");
        assertThat(r.map()).containsKey("executionId");
        assertThat(r.map().get("details").toString()).contains("name").contains("age");
        assertThat((List<?>) r.map().get("details")).hasSize(2);
    }

    @Test
    void malformed_json_is_a_400_before_any_node_runs() {
        ApiResponse r = api.raw(
                "POST",
                base + "/people",
                "application/json",
                "{\"name\": \"ada\",".getBytes(StandardCharsets.UTF_8),
                Map.of());
        assertThat(r.status()).isEqualTo(400);
        assertThat(r.error()).isEqualTo("INVALID_REQUEST");
        assertThat(r.map().get("message").toString()).startsWith("malformed JSON body");
    }

    @Test
    void a_form_body_arrives_as_an_object() {
        ApiResponse r = api.raw(
                "POST",
                base + "/items",
                "application/x-www-form-urlencoded",
                "title=blue+pen&tag=a&tag=b".getBytes(StandardCharsets.UTF_8),
                Map.of());
        assertThat(r.expect(201).map().get("item")).isEqualTo(Map.of("title", "blue pen", "tag", List.of("a", "b")));
    }

    @Test
    void a_loop_collects_the_body_output_of_every_item() {
        assertThat(api.post(base + "/double", Map.of("numbers", List.of(1, 2, 3)), null)
                        .expect(200)
                        .map())
                .containsEntry("doubled", List.of(2, 4, 6));
    }

    @Test
    void nested_loops_collect_a_list_per_outer_item() {
        Map<String, Object> body = Map.of("rows", List.of(List.of(1, 2), List.of(3, 4, 5)), "factor", 10);
        assertThat(api.post(base + "/matrix", body, null).expect(200).map())
                .containsEntry("matrix", List.of(List.of(10, 20), List.of(30, 40, 50)));
    }

    @Test
    void unknown_owner_project_or_path_is_a_404() {
        assertThat(api.get("/api/nobody/shop/users/1", null).error()).isEqualTo("NOT_FOUND");
        assertThat(api.get(base.replace("/shop", "/nothing") + "/users/1", null).status())
                .isEqualTo(404);
        assertThat(api.get(base + "/users/1/extra", null).status()).isEqualTo(404);
        assertThat(api.get("/api/only-owner", null).status()).isEqualTo(404);
    }

    @Test
    void options_answers_204_for_now() {
        assertThat(api.call("OPTIONS", base + "/items", null, null).status()).isEqualTo(204);
    }
}
