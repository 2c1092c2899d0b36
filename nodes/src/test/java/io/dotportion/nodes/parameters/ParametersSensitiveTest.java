package io.dotportion.nodes.parameters;

import static io.dotportion.nodes.parameters.Run.errors;
import static io.dotportion.nodes.parameters.Run.field;
import static io.dotportion.nodes.parameters.Run.output;
import static io.dotportion.nodes.parameters.Run.source;
import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.node.MaskReason;
import io.dotportion.core.node.SensitiveField;
import io.dotportion.core.testing.FakeNodeContext;
import io.dotportion.nodes.fixtures.NodeFixtures;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ParametersSensitiveTest {
    private final ParametersNode node = new ParametersNode();

    @Test
    void a_password_parameter_is_checked_as_a_string_and_the_node_still_sees_its_value() {
        String data = source("body", "{\"password\": {\"type\": \"password\", \"required\": true, \"min\": 8}}");

        assertThat(output(data, FakeNodeContext.create().withBody(Map.of("password", "correct horse"))))
                .containsExactly(Map.entry("password", "correct horse"));
        assertThat(errors(data, FakeNodeContext.create().withBody(Map.of("password", 12345678))))
                .containsExactly(field("body.password", "must be a string"));
        assertThat(errors(data, FakeNodeContext.create().withBody(Map.of("password", "short"))))
                .extracting(e -> e.field())
                .containsExactly("body.password");
        assertThat(NodeFixtures.validate(
                        node, source("body", "{\"p\": {\"type\": \"password\", \"pattern\": \"^.+$\"}}")))
                .isEmpty();
        assertThat(NodeFixtures.validate(node, source("body", "{\"p\": {\"type\": \"Password\"}}")))
                .isEmpty();
    }

    @Test
    void declared_sensitive_and_password_type_parameters_are_the_sensitive_fields_of_the_node() {
        String data = "{\"sources\": ["
                + "{\"from\": \"body\", \"parameters\": {\"answer\": {\"sensitive\": true}, \"password\": {\"type\": "
                + "\"password\"}, \"both\": {\"type\": \"password\", \"sensitive\": true}, \"email\": {\"type\": "
                + "\"email\"}, \"plain\": {\"sensitive\": false}}},"
                + "{\"from\": \"headers\", \"parameters\": {\"X-Code\": {\"sensitive\": true}}},"
                + "{\"from\": \"query\", \"parameters\": {\"pin\": {\"type\": \"password\"}}},"
                + "{\"from\": \"nowhere\", \"parameters\": {\"lost\": {\"sensitive\": true}}}]}";

        assertThat(node.sensitiveFields(NodeFixtures.bind(node, data)))
                .containsExactly(
                        new SensitiveField("body", "answer", MaskReason.SENSITIVE),
                        new SensitiveField("body", "password", MaskReason.PASSWORD_TYPE),
                        new SensitiveField("body", "both", MaskReason.SENSITIVE),
                        new SensitiveField("headers", "x-code", MaskReason.SENSITIVE),
                        new SensitiveField("query", "pin", MaskReason.PASSWORD_TYPE));
        assertThat(node.sensitiveFields(NodeFixtures.bind(node, source("body", "{\"a\": {}}"))))
                .isEmpty();
    }
}
