package io.dotportion.server.nodetypes;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.server.support.BuiltInNodeTypes;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The editor's per-node help is the descriptor's text: every built-in node type says what it does, what it
 * outputs and by which handle, and what each of its fields means, and {@code GET /v1/node-types} serves it.
 */
@PlatformTest
class NodeHelpTextTest {

    @Test
    void every_built_in_type_has_a_summary_a_description_and_an_output_text() {
        for (NodeDescriptor d : BuiltInNodeTypes.registry().descriptors()) {
            assertThat(d.summary()).as(d.id()).isNotBlank();
            assertThat(d.description()).as(d.id()).isNotBlank();
            assertThat(d.output()).as(d.id()).isNotBlank();
        }
    }

    @Test
    void every_field_of_every_built_in_type_has_a_title_and_a_description() {
        for (NodeDescriptor d : BuiltInNodeTypes.registry().descriptors()) {
            Map<?, ?> properties = (Map<?, ?>) d.configSchema().get("properties");
            properties.forEach((field, schema) -> {
                Map<?, ?> s = (Map<?, ?>) schema;
                assertThat(s.get("title")).as(d.id() + "." + field).isNotNull();
                assertThat(s.get("description")).as(d.id() + "." + field).isNotNull();
            });
        }
    }

    @Test
    void node_types_are_served_with_their_output_text(SignedUpUser user) {
        Map<Object, Object> served = new java.util.HashMap<>();
        for (Object descriptor : user.get("/v1/node-types").expect(200).list()) {
            Map<?, ?> d = (Map<?, ?>) descriptor;
            served.put(d.get("id"), d.get("output"));
        }

        for (NodeDescriptor own : BuiltInNodeTypes.registry().descriptors()) {
            assertThat(served).as(own.id()).containsEntry(own.id(), own.output());
        }
    }
}
