package io.dotportion.server.nodetypes;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.fixture.greet.GreetNode;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.BuiltInNodeTypes;
import io.dotportion.server.support.Workflows;
import io.dotportion.server.wiring.Platform;
import io.dotportion.server.wiring.PlatformConfig;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A node type from outside the platform, registered with one line, is served like a built-in one. */
class FixtureNodeTypeTest {
    @TempDir
    static Path dataDir;

    static Platform platform;
    static ApiClient api;
    static String token;
    static String owner;

    @BeforeAll
    static void start() {
        platform = Platform.start(PlatformConfig.forTests(dataDir).withNodeTypes(List.of(new GreetNode())));
        api = new ApiClient(platform.port());
        token = api.newUser("greeter");
        owner = api.username(token);
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void the_fixture_is_listed_after_the_built_in_types_with_its_descriptor() {
        List<Object> types = api.get("/v1/node-types", token).expect(200).list();

        int builtIn = BuiltInNodeTypes.registry().types().size();
        assertThat(types).hasSize(builtIn + 1);
        @SuppressWarnings("unchecked")
        Map<String, Object> greet = (Map<String, Object>) types.get(builtIn);
        assertThat(greet)
                .containsEntry("id", GreetNode.ID)
                .containsEntry("label", "Greet")
                .containsEntry("templateFields", List.of("name"))
                .containsEntry("defaults", Map.of("name", "", "greeting", "Hello"));
        assertThat(ConfigSchemas.violations((Map<?, ?>) greet.get("configSchema"), Map.of("greeting", "Hi")))
                .as("name is required")
                .isNotEmpty();
    }

    @Test
    void a_bad_fixture_config_is_refused_with_its_violation_paths() {
        String projectId = api.newProject(token, "bad-greet");
        Map<String, Object> document =
                Workflows.single("Greet", "GET", "/greet", GreetNode.ID, Map.of("greeting", "Howdy"), 200);

        ApiResponse r = api.post("/v1/projects/" + projectId + "/workflows", document, token);

        assertThat(r.status()).isEqualTo(400);
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> violations =
                (List<Map<String, Object>>) r.map().get("violations");
        assertThat(violations).extracting(v -> v.get("path")).contains("nodes[1].data.name", "nodes[1].data.greeting");
        assertThat(violations).extracting(v -> v.get("code")).containsOnly("INVALID_CONFIG");
    }

    @Test
    void a_deployed_workflow_runs_the_fixture_over_http() {
        String projectId = api.newProject(token, "greetings");
        String workflowId = api.newWorkflow(
                token,
                projectId,
                Workflows.single(
                        "Greet",
                        "GET",
                        "/greet",
                        GreetNode.ID,
                        Map.of("name", "{{request.query.name}}", "greeting", "Welcome"),
                        200));
        api.deploy(token, workflowId);

        ApiResponse r =
                api.get("/api/" + owner + "/greetings/greet?name=Ada", null).expect(200);

        assertThat(r.map()).isEqualTo(Map.of("message", "Welcome, Ada!"));
        assertThat(api.get("/api/" + owner + "/greetings/greet", null).status()).isEqualTo(500);
    }
}
