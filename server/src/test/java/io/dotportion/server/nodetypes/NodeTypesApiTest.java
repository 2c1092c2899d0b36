package io.dotportion.server.nodetypes;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.model.NodeSpec;
import io.dotportion.core.model.WorkflowDocument;
import io.dotportion.core.model.WorkflowDocuments;
import io.dotportion.core.node.NodeRole;
import io.dotportion.core.value.Json;
import io.dotportion.nodes.condition.ConditionNodeType;
import io.dotportion.nodes.http.HttpNode;
import io.dotportion.nodes.jwt.JwtGenerateNode;
import io.dotportion.nodes.jwt.JwtVerifyNode;
import io.dotportion.nodes.logic.LogicNodeType;
import io.dotportion.nodes.loop.LoopNode;
import io.dotportion.nodes.mongo.DatabaseNode;
import io.dotportion.nodes.mongo.MongoDbNode;
import io.dotportion.nodes.parameters.ParametersNode;
import io.dotportion.nodes.password.PasswordNode;
import io.dotportion.nodes.response.ResponseNode;
import io.dotportion.nodes.start.ApiStartNode;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.BuiltInNodeTypes;
import io.dotportion.server.wiring.Platform;
import io.dotportion.server.wiring.PlatformConfig;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class NodeTypesApiTest {
    private static final List<String> BUILT_IN = List.of(
            ApiStartNode.ID,
            ParametersNode.ID,
            LogicNodeType.ID,
            ConditionNodeType.ID,
            LoopNode.ID,
            JwtGenerateNode.ID,
            JwtVerifyNode.ID,
            DatabaseNode.ID,
            MongoDbNode.ID,
            HttpNode.ID,
            ResponseNode.ID,
            PasswordNode.ID);

    @TempDir
    static Path dataDir;

    static Platform platform;
    static ApiClient api;
    static String token;

    @BeforeAll
    static void start() {
        platform = Platform.start(PlatformConfig.forTests(dataDir));
        api = new ApiClient(platform.port());
        token = api.newUser("types");
    }

    @AfterAll
    static void stop() {
        platform.close();
    }

    @Test
    void node_types_need_a_signed_in_caller() {
        assertThat(api.get("/v1/node-types", null).status()).isEqualTo(401);
        assertThat(api.get("/v1/node-types", "not-a-token").status()).isEqualTo(401);
    }

    @Test
    void every_built_in_node_type_is_listed_in_registry_order_with_a_config_schema() {
        List<Map<String, Object>> types = descriptors();

        assertThat(types).extracting(t -> t.get("id")).containsExactlyElementsOf(BUILT_IN);
        for (Map<String, Object> type : types) {
            assertThat(type)
                    .containsOnlyKeys(
                            "id",
                            "role",
                            "label",
                            "category",
                            "summary",
                            "description",
                            "output",
                            "ports",
                            "configSchema",
                            "defaults",
                            "templateFields",
                            "secretFields",
                            "credentialOutputs",
                            "errors",
                            "ui");
            @SuppressWarnings("unchecked")
            Map<String, Object> schema = (Map<String, Object>) type.get("configSchema");
            assertThat(schema)
                    .containsEntry("$schema", "https://json-schema.org/draft/2020-12/schema")
                    .containsEntry("type", "object")
                    .containsEntry("additionalProperties", false);
            assertThat(((Map<?, ?>) schema.get("properties")).containsKey("label"))
                    .isTrue();
            assertThat(ConfigSchemas.violations(schema, type.get("defaults")))
                    .as("defaults of " + type.get("id"))
                    .isEmpty();
        }
    }

    @Test
    void each_descriptor_names_its_role_in_the_graph_so_the_editor_never_asks_for_a_type_id() {
        Map<Object, Object> roles = new LinkedHashMap<>();
        descriptors().forEach(t -> roles.put(t.get("id"), t.get("role")));

        assertThat(roles)
                .containsEntry(ApiStartNode.ID, NodeRole.START.json())
                .containsEntry(ResponseNode.ID, NodeRole.END.json())
                .containsEntry(ConditionNodeType.ID, NodeRole.BRANCH.json())
                .containsEntry(LoopNode.ID, NodeRole.LOOP.json())
                .containsEntry(LogicNodeType.ID, NodeRole.STEP.json());
    }

    @Test
    void the_jwt_generate_descriptor_matches_the_shared_contract() {
        Map<String, Object> jwt = descriptors().stream()
                .filter(t -> t.get("id").equals(JwtGenerateNode.ID))
                .findFirst()
                .orElseThrow();

        assertThat(jwt)
                .containsEntry("label", "JWT Generate")
                .containsEntry("category", "auth")
                .containsEntry("templateFields", List.of("payload"))
                .containsEntry("secretFields", List.of(Map.of("field", "secret", "secretType", "jwt")))
                .containsEntry("credentialOutputs", List.of("token"))
                .containsEntry(
                        "ports",
                        Map.of("input", true, "outputs", List.of(Map.of("id", "default", "label", "")), "error", true));
        assertThat(jwt.get("defaults"))
                .isEqualTo(Map.of("secret", "", "payload", Map.of(), "expiresIn", "1h", "algorithm", "HS256"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"echo.json", "login.json", "me.json", "dotportion-create-todo.json"})
    void each_example_workflow_validates_against_the_schemas_of_its_nodes(String example) {
        Map<String, Map<?, ?>> schemas = new LinkedHashMap<>();
        descriptors().forEach(t -> schemas.put((String) t.get("id"), (Map<?, ?>) t.get("configSchema")));
        WorkflowDocument document = mapped(example);

        assertThat(document.nodes()).isNotEmpty();
        for (NodeSpec node : document.nodes()) {
            assertThat(schemas).containsKey(node.type());
            assertThat(ConfigSchemas.violations(schemas.get(node.type()), node.data()))
                    .as(example + " node " + node.id())
                    .isEmpty();
            Map<String, Object> extra = new LinkedHashMap<>(node.data());
            extra.put("notAField", 1);
            assertThat(ConfigSchemas.violations(schemas.get(node.type()), extra))
                    .isNotEmpty();
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> descriptors() {
        return (List<Map<String, Object>>)
                (List<?>) api.get("/v1/node-types", token).expect(200).list();
    }

    /** The example as the platform reads it: DotPortion's export shape mapped to ours. */
    private static WorkflowDocument mapped(String example) {
        try (InputStream in = NodeTypesApiTest.class.getResourceAsStream("/examples/" + example)) {
            Object raw = Json.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            WorkflowDocument read = WorkflowDocuments.read(raw).document();
            return io.dotportion.core.model.DotPortionShape.normalize(read, BuiltInNodeTypes.registry()::branches);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
