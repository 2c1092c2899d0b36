package io.dotportion.server;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.nodes.mongo.DatabaseNode;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import io.dotportion.server.support.Workflows;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A regular expression whose matching time can grow exponentially ({@code (a+)+$}) never reaches the database:
 * not as a literal in a saved workflow, not through a template from a caller's request, not through the data
 * explorer's filter; ordinary patterns keep working and the server keeps serving.
 */
@PlatformTest
class RegexPatternsTest {
    private static final String EVIL = "(a+)+$";

    private final ApiClient api;
    private final String token;
    private final String projectId;

    RegexPatternsTest(SignedUpUser user) {
        api = user.api();
        token = user.token();
        projectId = user.newProject("regex");
        api.post(
                        "/v1/projects/" + projectId + "/data/collections/people/documents",
                        Map.of("name", "a".repeat(40) + "!"),
                        token)
                .expect(201);
        api.post("/v1/projects/" + projectId + "/data/collections/people/documents", Map.of("name", "ada"), token)
                .expect(201);
    }

    private static String q(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    private Map<String, Object> search(String path, Object pattern) {
        return Workflows.single(
                "Search " + path,
                "GET",
                path,
                DatabaseNode.ID,
                Map.of(
                        "collection",
                        "people",
                        "operation",
                        "findMany",
                        "filter",
                        Map.of("name", Map.of("$regex", pattern))),
                200);
    }

    @Test
    void a_pattern_a_caller_sends_through_a_template_is_refused_and_an_ordinary_one_works() {
        api.deploy(token, api.newWorkflow(token, projectId, search("/search", "{{request.query.q}}")));
        String url = "/api/" + api.username(token) + "/regex/search?q=";

        ApiResponse evil = api.get(url + q(EVIL), null);
        ApiResponse plain = api.get(url + q("^ad"), null);

        assertThat(evil.status()).isEqualTo(500);
        assertThat(evil.text()).contains("exponentially");
        assertThat(plain.status()).isEqualTo(200);
        assertThat(plain.list()).hasSize(1);
    }

    @Test
    void a_literal_pattern_of_that_shape_is_a_violation_at_its_path_when_saved() {
        ApiResponse saved = api.post("/v1/projects/" + projectId + "/workflows", search("/literal", EVIL), token);

        assertThat(saved.status()).isEqualTo(400);
        assertThat(saved.text()).contains("nodes[1].data.filter.name.$regex").contains("exponentially");
    }

    @Test
    void the_data_explorer_refuses_it_in_a_filter() {
        String base = "/v1/projects/" + projectId + "/data/collections/people/documents?filter=";

        ApiResponse evil = api.get(base + q("{\"name\": {\"$regex\": \"" + EVIL + "\"}}"), token);
        ApiResponse plain = api.get(base + q("{\"name\": {\"$regex\": \"^ad\"}}"), token);

        assertThat(evil.status()).isEqualTo(400);
        assertThat(evil.text()).contains("exponentially");
        assertThat(plain.status()).isEqualTo(200);
        assertThat((List<?>) plain.map().get("documents")).hasSize(1);
    }
}
