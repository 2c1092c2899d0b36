package io.dotportion.server.workflow;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.nodes.response.ResponseNode;
import io.dotportion.nodes.start.ApiStartNode;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A draft saves with problems (they come back as its warnings, labelled by node); only deploy refuses them. */
@PlatformTest
class DraftProblemsTest {
    private final ApiClient api;
    private final String token;
    private final String projectId;

    DraftProblemsTest(SignedUpUser user) {
        api = user.api();
        token = user.token();
        projectId = api.newProject(token, "drafts");
    }

    @Test
    void a_draft_with_an_unreachable_node_saves_and_says_so_with_the_node_label() {
        String id = api.newWorkflow(token, projectId, ApiClient.fixture("get-user.json"));

        ApiResponse saved =
                api.put("/v1/workflows/" + id, withLoneResponse(), token).expect(200);

        assertThat(problems(saved.map()))
                .anySatisfy(v -> assertThat(v)
                        .containsEntry("code", "UNREACHABLE_NODE")
                        .containsEntry("severity", "error")
                        .containsEntry("nodeId", "lonely")
                        .containsEntry("nodeLabel", "Forgotten answer"));
        Map<String, Object> stored =
                api.get("/v1/workflows/" + id, token).expect(200).map();
        assertThat(stored.get("nodes").toString()).contains("lonely");
        assertThat(problems(stored)).extracting(v -> v.get("code")).contains("UNREACHABLE_NODE");
    }

    @Test
    void deploy_refuses_a_saved_draft_with_errors_and_names_the_node() {
        String id = api.newWorkflow(token, projectId, ApiClient.fixture("get-user.json"));
        api.put("/v1/workflows/" + id, withLoneResponse(), token).expect(200);

        ApiResponse deploy = api.post("/v1/workflows/" + id + "/deploy", Map.of(), token);

        assertThat(deploy.status()).isEqualTo(400);
        assertThat(deploy.error()).isEqualTo("INVALID_WORKFLOW");
        assertThat(problems(deploy.map()))
                .anySatisfy(v -> assertThat(v).containsEntry("nodeLabel", "Forgotten answer"));
    }

    @Test
    void json_that_is_no_workflow_at_all_is_still_refused() {
        String id = api.newWorkflow(token, projectId, ApiClient.fixture("get-user.json"));
        Map<String, Object> nodesNotAList = new LinkedHashMap<>(ApiClient.fixture("get-user.json"));
        nodesNotAList.put("nodes", "start, out");

        assertThat(api.put("/v1/workflows/" + id, List.of(1, 2), token).status())
                .isEqualTo(400);
        assertThat(api.put("/v1/workflows/" + id, nodesNotAList, token).status())
                .isEqualTo(400);
        assertThat(api.get("/v1/workflows/" + id, token)
                        .expect(200)
                        .map()
                        .get("nodes")
                        .toString())
                .contains("start");
    }

    @Test
    void creating_an_invalid_workflow_is_still_a_400_with_every_violation() {
        ApiResponse created = api.post("/v1/projects/" + projectId + "/workflows", withLoneResponse(), token);

        assertThat(created.status()).isEqualTo(400);
        assertThat(problems(created.map())).extracting(v -> v.get("code")).contains("UNREACHABLE_NODE");
    }

    @Test
    void the_validate_route_names_the_node_of_each_problem() {
        Map<String, Object> answer = api.post(
                        "/v1/projects/" + projectId + "/workflows/validate", withLoneResponse(), token)
                .expect(200)
                .map();

        assertThat(answer).containsEntry("valid", false);
        assertThat(problems(answer)).anySatisfy(v -> assertThat(v).containsEntry("nodeId", "lonely"));
        assertThat(problems(answer))
                .filteredOn(v -> "nodes".equals(v.get("path")))
                .allSatisfy(v -> assertThat(v.get("nodeId")).isNull());
    }

    @Test
    void undeployed_changes_follow_edits_deploys_and_rollbacks_but_not_moves() {
        Map<String, Object> original = ApiClient.fixture("get-user.json");
        String id = api.newWorkflow(token, projectId, original);
        assertThat(api.get("/v1/workflows/" + id, token).expect(200).map().get("undeployedChanges"))
                .isNull();
        api.deploy(token, id);
        assertThat(undeployed(id)).isFalse();

        api.put("/v1/workflows/" + id, moved(original), token).expect(200);
        assertThat(undeployed(id)).isFalse();
        api.put("/v1/workflows/" + id, startMirroringTheRoute(original), token).expect(200);
        assertThat(undeployed(id))
                .as("the editor copies method and path into API Start")
                .isFalse();

        Map<String, Object> edited = withBody(original, Map.of("source", "edited"));
        assertThat(api.put("/v1/workflows/" + id, edited, token).expect(200).map())
                .containsEntry("undeployedChanges", true);
        assertThat(undeployed(id)).isTrue();
        assertThat(api.get("/v1/projects/" + projectId + "/workflows", token)
                        .expect(200)
                        .list()
                        .toString())
                .contains("undeployedChanges=true");

        api.deploy(token, id);
        assertThat(undeployed(id)).isFalse();
        api.post("/v1/workflows/" + id + "/rollback", Map.of("version", 1), token)
                .expect(200);
        assertThat(undeployed(id)).isTrue();
    }

    private boolean undeployed(String id) {
        return (Boolean) api.get("/v1/workflows/" + id, token).expect(200).map().get("undeployedChanges");
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> problems(Map<String, Object> body) {
        Object list = body.containsKey("warnings") ? body.get("warnings") : body.get("violations");
        return (List<Map<String, Object>>) list;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withLoneResponse() {
        Map<String, Object> doc = new LinkedHashMap<>(ApiClient.fixture("get-user.json"));
        List<Object> nodes = new ArrayList<>((List<Object>) doc.get("nodes"));
        nodes.add(Map.of(
                "id",
                "lonely",
                "type",
                ResponseNode.ID,
                "data",
                Map.of("label", "Forgotten answer", "status", 200, "body", Map.of()),
                "position",
                Map.of("x", 300, "y", 0)));
        doc.put("nodes", nodes);
        return doc;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> moved(Map<String, Object> document) {
        Map<String, Object> copy = new LinkedHashMap<>(document);
        copy.put(
                "nodes",
                ((List<Map<String, Object>>) document.get("nodes"))
                        .stream()
                                .map(n -> {
                                    Map<String, Object> m = new LinkedHashMap<>(n);
                                    m.put("position", Map.of("x", 500, "y", 500));
                                    return m;
                                })
                                .toList());
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> startMirroringTheRoute(Map<String, Object> document) {
        Map<String, Object> copy = new LinkedHashMap<>(document);
        copy.put(
                "nodes",
                ((List<Map<String, Object>>) document.get("nodes"))
                        .stream()
                                .map(n -> {
                                    if (!ApiStartNode.ID.equals(n.get("type"))) return n;
                                    Map<String, Object> m = new LinkedHashMap<>(n);
                                    m.put(
                                            "data",
                                            Map.of("method", document.get("method"), "path", document.get("path")));
                                    return m;
                                })
                                .toList());
        return copy;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> withBody(Map<String, Object> document, Object body) {
        Map<String, Object> copy = new LinkedHashMap<>(document);
        copy.put(
                "nodes",
                ((List<Map<String, Object>>) document.get("nodes"))
                        .stream()
                                .map(n -> {
                                    if (!ResponseNode.ID.equals(n.get("type"))) return n;
                                    Map<String, Object> m = new LinkedHashMap<>(n);
                                    Map<String, Object> data = new LinkedHashMap<>((Map<String, Object>) n.get("data"));
                                    data.put("body", body);
                                    m.put("data", data);
                                    return m;
                                })
                                .toList());
        return copy;
    }
}
