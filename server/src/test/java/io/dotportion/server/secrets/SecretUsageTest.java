package io.dotportion.server.secrets;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.engine.NodeRegistry;
import io.dotportion.core.fixture.greet.DescribedOnly;
import io.dotportion.core.fixture.greet.GreetConfig;
import io.dotportion.core.model.NodeSpec;
import io.dotportion.core.model.WorkflowDocument;
import io.dotportion.core.node.ConfigSchema;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.NodeRole;
import io.dotportion.core.node.NodeType;
import io.dotportion.nodes.jwt.JwtVerifyNode;
import io.dotportion.nodes.mongo.MongoDbNode;
import io.dotportion.nodes.start.ApiStartNode;
import io.dotportion.secrets.vault.SecretType;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Which nodes reference a secret is what their types' descriptors say, for any node type. */
class SecretUsageTest {
    /** A node type naming a jwt secret in a field called {@code greeting}: no built-in knows it. */
    private static final NodeType<?> SIGNED_GREET =
            new DescribedOnly(NodeDescriptor.builder("signedGreet", NodeRole.STEP)
                    .config(ConfigSchema.of(GreetConfig.class))
                    .secret("greeting", "jwt")
                    .build());

    private static final NodeRegistry TYPES =
            new NodeRegistry(List.of(new ApiStartNode(), new JwtVerifyNode(), new MongoDbNode(null), SIGNED_GREET));

    private static WorkflowDocument with(String type, Map<String, Object> data) {
        return new WorkflowDocument("w", "GET", "/w", List.of(new NodeSpec("n", type, data, null)), List.of());
    }

    @Test
    void a_secret_field_of_any_registered_type_references_the_secret_of_its_type() {
        assertThat(SecretUsage.references(TYPES, with("signedGreet", Map.of("greeting", "signing")), "signing", "jwt"))
                .isTrue();
        assertThat(SecretUsage.references(
                        TYPES, with("signedGreet", Map.of("greeting", "signing")), "signing", SecretType.MONGODB.id()))
                .isFalse();
        assertThat(SecretUsage.references(TYPES, with(JwtVerifyNode.ID, Map.of("secret", "signing")), "signing", "jwt"))
                .isTrue();
        assertThat(SecretUsage.references(
                        TYPES, with(MongoDbNode.ID, Map.of("secret", "users")), "users", SecretType.MONGODB.id()))
                .isTrue();
    }

    @Test
    void fields_that_name_no_secret_and_unknown_types_reference_nothing() {
        assertThat(SecretUsage.references(TYPES, with("signedGreet", Map.of("name", "signing")), "signing", "jwt"))
                .isFalse();
        assertThat(SecretUsage.references(TYPES, with("unknownType", Map.of("secret", "signing")), "signing", "jwt"))
                .isFalse();
        assertThat(SecretUsage.references(TYPES, with(ApiStartNode.ID, Map.of("secret", "signing")), "signing", "jwt"))
                .isFalse();
    }
}
