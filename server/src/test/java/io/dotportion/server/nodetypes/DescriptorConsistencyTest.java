package io.dotportion.server.nodetypes;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.dotportion.core.fixture.greet.GreetConfig;
import io.dotportion.core.fixture.greet.GreetNode;
import io.dotportion.core.node.ConfigSchema;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.NodeRole;
import io.dotportion.core.node.NodeType;
import io.dotportion.core.node.Ports;
import io.dotportion.core.node.UiHints;
import io.dotportion.server.support.BuiltInNodeTypes;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Each descriptor agrees with its node type, and a descriptor cannot name what its config does not have. */
class DescriptorConsistencyTest {

    private static List<NodeType<?>> types() {
        List<NodeType<?>> types = new ArrayList<>(BuiltInNodeTypes.registry().types());
        types.add(new GreetNode());
        return types;
    }

    @Test
    void descriptor_ports_ids_and_credentials_agree_with_the_node_type() {
        for (NodeType<?> type : types()) {
            NodeDescriptor d = type.descriptor();
            assertThat(d.id()).isEqualTo(type.id());
            assertThat(d.ports().ids()).as(type.id()).isEqualTo(type.ports());
            assertThat(Set.copyOf(d.credentialOutputs())).as(type.id()).isEqualTo(type.credentialOutputs());
            assertThat(d.ports().input()).as(type.id()).isEqualTo(d.role() != NodeRole.START);
            assertThat(type.descriptor()).as("the same object on every call").isSameAs(d);
        }
    }

    @Test
    void roles_shape_the_graph_one_start_an_end_and_branches_with_true_and_false() {
        List<NodeDescriptor> all = BuiltInNodeTypes.registry().descriptors();

        assertThat(all).filteredOn(d -> d.role() == NodeRole.START).hasSize(1);
        assertThat(all)
                .filteredOn(d -> d.role() == NodeRole.END)
                .allMatch(d -> d.ports().outputs().isEmpty())
                .isNotEmpty();
        assertThat(all)
                .filteredOn(d -> d.role() == NodeRole.BRANCH || d.role() == NodeRole.LOOP)
                .hasSize(2)
                .allMatch(d -> d.ports().ids().equals(Set.of(Ports.TRUE, Ports.FALSE)));
    }

    @Test
    void every_schema_field_has_a_title_and_a_description() {
        for (NodeType<?> type : types()) {
            Map<?, ?> properties = (Map<?, ?>) type.descriptor().configSchema().get("properties");
            properties.forEach((name, schema) -> assertThat(List.<Object>copyOf(((Map<?, ?>) schema).keySet()))
                    .as(type.id() + "." + name)
                    .contains("title", "description"));
        }
    }

    @Test
    void a_descriptor_naming_a_field_its_config_lacks_is_refused() {
        assertThatThrownBy(() -> ConfigSchema.of(GreetConfig.class).field("nmae", "Name", "typo"))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("nmae");
        assertThatThrownBy(() -> NodeDescriptor.builder("x", NodeRole.STEP)
                        .config(ConfigSchema.of(GreetConfig.class))
                        .ui(new UiHints("", "", List.of("missing"), Map.of(), List.of()))
                        .build())
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("missing");
        assertThatThrownBy(() -> new UiHints("", "", List.of(), Map.of("name", "slider"), List.of()))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void template_fields_come_from_the_config_record() {
        NodeDescriptor greet = new GreetNode().descriptor();

        assertThat(greet.templateFields()).containsExactly("name");
        assertThat(ConfigSchema.of(GreetConfig.class).toMap().get("properties")).isInstanceOf(Map.class);
        Map<?, ?> properties =
                (Map<?, ?>) ConfigSchema.of(GreetConfig.class).toMap().get("properties");
        assertThat(((Map<?, ?>) properties.get("greeting")).get("type")).isEqualTo("string");
    }
}
