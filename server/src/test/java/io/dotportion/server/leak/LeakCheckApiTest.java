package io.dotportion.server.leak;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.nodes.logic.LogicNodeType;
import io.dotportion.nodes.mongo.DatabaseNode;
import io.dotportion.nodes.response.ResponseNode;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.Workflows;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Saving a workflow with credential literals answers a warning per literal with its path; deploy refuses it
 * until the project allows credential literals or the literals are gone; no answer quotes a literal.
 */
@PlatformTest
class LeakCheckApiTest {
    static final String PASSWORD = "Zq7vR2mXk9LpW4tY";
    static final String API_KEY = "sk_live_4eC39HqLyjWDarjtT1zdp7dc";
    static final String TOKEN = "a8Fk2LmQ9xZr4TbW7yVn3";

    private final ApiClient api;

    LeakCheckApiTest(ApiClient api) {
        this.api = api;
    }

    static Map<String, Object> leaky(String path) {
        return Workflows.chain(
                "leaky",
                "GET",
                path,
                List.of(
                        Workflows.node(
                                "prep",
                                LogicNodeType.ID,
                                Map.of(
                                        "code",
                                        "const url = 'mongodb://app:" + PASSWORD + "@db.example.com/shop';\n"
                                                + "return { ok: true };")),
                        Workflows.node(
                                "find",
                                DatabaseNode.ID,
                                Map.of(
                                        "collection",
                                        "items",
                                        "operation",
                                        "findMany",
                                        "filter",
                                        Map.of("apiKey", API_KEY))),
                        Workflows.node(
                                "answer",
                                ResponseNode.ID,
                                Map.of(
                                        "status",
                                        200,
                                        "body",
                                        "{{ find.result }}",
                                        "headers",
                                        Map.of("Authorization", "Bearer " + TOKEN)))));
    }

    static Map<String, Object> clean(String path) {
        return Workflows.chain(
                "clean",
                "GET",
                path,
                List.of(Workflows.node(
                        "answer",
                        ResponseNode.ID,
                        Map.of("status", 200, "body", "{{ request.query }}", "headers", Map.of("X-Id", "1")))));
    }

    private static List<Map<String, Object>> literals(ApiResponse answer, String field) {
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> all = (List<Map<String, Object>>) answer.map().get(field);
        return all.stream()
                .filter(v -> "CREDENTIAL_LITERAL".equals(v.get("code")))
                .toList();
    }

    private static void assertQuotesNoLiteral(Object answer) {
        assertThat(answer.toString())
                .doesNotContain(PASSWORD)
                .doesNotContain(API_KEY)
                .doesNotContain(TOKEN)
                .doesNotContain("4eC39")
                .doesNotContain("db.example.com");
    }

    @Test
    void saving_literals_in_a_logic_node_a_header_and_a_filter_gives_three_warnings_with_their_paths() {
        String token = api.newUser("leaky");
        String project = api.newProject(token, "leaks");

        ApiResponse created = api.post("/v1/projects/" + project + "/workflows", leaky("/leaky"), token)
                .expect(201);

        List<Map<String, Object>> warnings = literals(created, "warnings");
        assertThat(warnings)
                .extracting(w -> w.get("path"))
                .containsExactlyInAnyOrder(
                        "nodes[1].data.code", "nodes[2].data.filter.apiKey", "nodes[3].data.headers.Authorization");
        assertThat(warnings).allSatisfy(w -> assertThat(w.get("severity")).isEqualTo("warning"));
        assertThat(warnings)
                .extracting(w -> w.get("message").toString())
                .anySatisfy(m -> assertThat(m).contains("a MongoDB URL with a password"))
                .anySatisfy(m -> assertThat(m).contains("Stripe secret key").contains("sk_…"))
                .anySatisfy(m -> assertThat(m).contains("an Authorization credential"));
        assertQuotesNoLiteral(warnings);

        String id = created.map().get("id").toString();
        ApiResponse updated =
                api.put("/v1/workflows/" + id, leaky("/leaky"), token).expect(200);
        assertThat(literals(updated, "warnings")).hasSize(3);
        ApiResponse read = api.get("/v1/workflows/" + id, token).expect(200);
        assertThat(literals(read, "warnings")).hasSize(3);
        ApiResponse imported = api.post("/v1/projects/" + project + "/workflows/import", leaky("/imported"), token)
                .expect(201);
        assertThat(literals(imported, "warnings")).hasSize(3);
    }

    @Test
    void deploy_refuses_credential_literals_until_the_project_allows_them() {
        String token = api.newUser("deployer");
        String project = api.newProject(token, "strict");
        String id = api.newWorkflow(token, project, leaky("/leaky"));

        ApiResponse refused = api.post("/v1/workflows/" + id + "/deploy", null, token);

        assertThat(refused.status()).isEqualTo(400);
        assertThat(refused.error()).isEqualTo("INVALID_WORKFLOW");
        assertThat(literals(refused, "violations"))
                .extracting(v -> v.get("path"))
                .containsExactlyInAnyOrder(
                        "nodes[1].data.code", "nodes[2].data.filter.apiKey", "nodes[3].data.headers.Authorization");
        assertQuotesNoLiteral(refused.text());
        assertThat(api.get("/v1/projects/" + project, token).expect(200).map())
                .containsEntry("allowCredentialLiterals", false);

        ApiResponse allowed = api.call(
                        "PATCH", "/v1/projects/" + project, Map.of("allowCredentialLiterals", true), token)
                .expect(200);
        assertThat(allowed.map()).containsEntry("allowCredentialLiterals", true);
        assertThat(api.deploy(token, id)).isEqualTo(1);

        api.call("PATCH", "/v1/projects/" + project, Map.of("allowCredentialLiterals", false), token)
                .expect(200);
        assertThat(api.post("/v1/workflows/" + id + "/deploy", null, token).status())
                .isEqualTo(400);
    }

    @Test
    void deploy_succeeds_once_the_literals_are_gone() {
        String token = api.newUser("fixer");
        String project = api.newProject(token, "fixed");
        String id = api.newWorkflow(token, project, leaky("/leaky"));
        assertThat(api.post("/v1/workflows/" + id + "/deploy", null, token).status())
                .isEqualTo(400);

        ApiResponse saved =
                api.put("/v1/workflows/" + id, clean("/leaky"), token).expect(200);

        assertThat(literals(saved, "warnings")).isEmpty();
        assertThat(api.deploy(token, id)).isEqualTo(1);
    }

    @Test
    void only_an_owner_may_allow_credential_literals() {
        String owner = api.newUser("owner");
        String editor = api.newUser("editor");
        String project = api.newProject(owner, "team");
        api.post(
                        "/v1/projects/" + project + "/members",
                        Map.of("username", api.username(editor), "role", "editor"),
                        owner)
                .expect(201);

        ApiResponse answer =
                api.call("PATCH", "/v1/projects/" + project, Map.of("allowCredentialLiterals", true), editor);

        assertThat(answer.status()).isEqualTo(403);
        assertThat(api.get("/v1/projects/" + project, owner).expect(200).map())
                .containsEntry("allowCredentialLiterals", false);
    }

    @Test
    @SuppressWarnings("unchecked")
    void an_export_says_which_credential_literals_it_carries_and_imports_back() {
        String token = api.newUser("exporter");
        String project = api.newProject(token, "exports");
        String id = api.newWorkflow(token, project, leaky("/leaky"));

        ApiResponse exported = api.get("/v1/workflows/" + id + "/export", token).expect(200);

        assertThat(ApiClient.header(exported, "X-Credential-Literals")).isEqualTo("3");
        List<Map<String, Object>> flagged =
                (List<Map<String, Object>>) exported.map().get("credentialLiterals");
        assertThat(flagged)
                .extracting(f -> f.get("path") + " " + f.get("kind"))
                .containsExactlyInAnyOrder(
                        "nodes[1].data.code mongodbUrl",
                        "nodes[2].data.filter.apiKey apiKey",
                        "nodes[3].data.headers.Authorization authorization");
        assertQuotesNoLiteral(flagged);
        Map<String, Object> reimported = api.post(
                        "/v1/projects/" + project + "/workflows/import", exported.map(), token)
                .expect(201)
                .map();
        assertThat(reimported.get("nodes")).isEqualTo(exported.map().get("nodes"));

        String cleanId = api.newWorkflow(token, project, clean("/clean"));
        ApiResponse cleanExport =
                api.get("/v1/workflows/" + cleanId + "/export", token).expect(200);
        assertThat(ApiClient.header(cleanExport, "X-Credential-Literals")).isNull();
        assertThat(cleanExport.map()).doesNotContainKey("credentialLiterals");
    }
}
