package io.dotportion.nodes.parameters;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.FieldError;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.node.Ports;
import io.dotportion.core.testing.FakeNodeContext;
import io.dotportion.nodes.fixtures.NodeFixtures;
import java.util.List;
import java.util.Map;

/** Runs a parameters node from its data JSON against a fake request. */
final class Run {
    private Run() {}

    /** Data with one source and the given parameters JSON object. */
    static String source(String from, String parameters) {
        return "{\"sources\": [{\"from\": \"" + from + "\", \"parameters\": " + parameters + "}]}";
    }

    static NodeOutcome outcome(String data, FakeNodeContext context) {
        return NodeFixtures.compile(new ParametersNode(), data).execute(context);
    }

    @SuppressWarnings("unchecked")
    static Map<String, Object> output(String data, FakeNodeContext context) {
        NodeOutcome outcome = outcome(data, context);
        assertThat(outcome).isInstanceOf(NodeOutcome.Next.class);
        assertThat(((NodeOutcome.Next) outcome).port()).isEqualTo(Ports.DEFAULT);
        return (Map<String, Object>) ((NodeOutcome.Next) outcome).output();
    }

    static List<FieldError> errors(String data, FakeNodeContext context) {
        NodeOutcome outcome = outcome(data, context);
        assertThat(outcome).isInstanceOf(NodeOutcome.Fail.class);
        var error = ((NodeOutcome.Fail) outcome).error();
        assertThat(error.code()).isEqualTo(ErrorCode.INVALID_REQUEST);
        return error.details();
    }

    static FieldError field(String field, String reason) {
        return new FieldError(field, reason);
    }
}
