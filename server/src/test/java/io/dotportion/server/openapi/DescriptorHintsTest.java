package io.dotportion.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.engine.NodeRegistry;
import io.dotportion.core.fixture.greet.DescribedOnly;
import io.dotportion.core.fixture.greet.GreetConfig;
import io.dotportion.core.fixture.greet.GreetNode;
import io.dotportion.core.model.NodeSpec;
import io.dotportion.core.node.ConfigSchema;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.NodeRole;
import io.dotportion.core.node.NodeType;
import io.dotportion.core.node.OpenApiHints;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The OpenAPI document learns a node's security and error answers from its type's descriptor, for any type. */
class DescriptorHintsTest {
    /** A token-checking node type the generator has never heard of: it reads its token from {@code name}. */
    private static final NodeType<?> GATEKEEPER = new DescribedOnly(NodeDescriptor.builder("gatekeeper", NodeRole.STEP)
            .config(ConfigSchema.of(GreetConfig.class))
            .error(ErrorCode.UNAUTHORIZED, "no entry")
            .error(ErrorCode.UPSTREAM_UNAVAILABLE, "gone")
            .openApi(OpenApiHints.bearerToken("name"))
            .build());

    private static final NodeHints HINTS = new NodeHints(new NodeRegistry(List.of(GATEKEEPER, new GreetNode())));

    private static NodeSpec node(String type, Map<String, Object> data) {
        return new NodeSpec("n", type, data, null);
    }

    @Test
    void a_node_type_declaring_unauthorized_and_upstream_errors_adds_401_and_502() {
        Map<String, Object> responses = Responses.of(List.of(node("gatekeeper", Map.of())), HINTS, false, false);

        assertThat(responses).containsKeys("401", "500", "502", "504").doesNotContainKeys("400", "413", "429");
    }

    @Test
    void a_node_type_declaring_only_execution_failures_adds_no_client_errors() {
        Map<String, Object> responses = Responses.of(List.of(node(GreetNode.ID, Map.of())), HINTS, false, false);

        assertThat(responses).containsOnlyKeys("500", "504");
    }

    @Test
    void a_bearer_token_hint_secures_the_operation_unless_the_token_comes_from_elsewhere() {
        assertThat(OpenApiDocument.usesBearer(List.of(node("gatekeeper", Map.of())), HINTS))
                .isTrue();
        assertThat(OpenApiDocument.usesBearer(
                        List.of(node("gatekeeper", Map.of("name", "{{request.headers.authorization}}"))), HINTS))
                .isTrue();
        assertThat(OpenApiDocument.usesBearer(
                        List.of(node("gatekeeper", Map.of("name", "{{request.body.token}}"))), HINTS))
                .isFalse();
        assertThat(OpenApiDocument.usesBearer(List.of(node(GreetNode.ID, Map.of())), HINTS))
                .isFalse();
    }
}
