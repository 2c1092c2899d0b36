package io.dotportion.nodes.start;

import static io.dotportion.nodes.fixtures.NodeFixtures.compile;
import static io.dotportion.nodes.fixtures.NodeFixtures.validate;
import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.node.Ports;
import io.dotportion.core.testing.FakeNodeContext;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ApiStartNodeTest {
    private final ApiStartNode node = new ApiStartNode();

    @Test
    void api_start_has_one_plain_output() {
        assertThat(node.id()).isEqualTo("apiStart");
        assertThat(node.ports()).isEqualTo(Ports.SINGLE);
    }

    @Test
    void api_start_passes_on_the_request_value_it_receives() {
        Map<String, Object> request = Map.of("method", "POST", "body", Map.of("a", 1));

        NodeOutcome outcome =
                compile(node, "{}").execute(FakeNodeContext.create().withInput(request));

        assertThat(outcome).isEqualTo(new NodeOutcome.Next(Ports.DEFAULT, request));
    }

    @Test
    void api_start_accepts_dotportion_data_documenting_method_and_path() {
        String data = "{\"label\": \"API Start\", \"method\": \"POST\", \"path\": \"/create-todo\"}";

        assertThat(validate(node, data)).isEmpty();
        assertThat(compile(node, data).execute(FakeNodeContext.create().withInput("x")))
                .isEqualTo(NodeOutcome.next("x"));
    }
}
