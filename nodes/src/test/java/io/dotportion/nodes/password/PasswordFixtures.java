package io.dotportion.nodes.password;

import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.testing.FakeNodeContext;
import io.dotportion.nodes.fixtures.NodeFixtures;
import java.util.Map;

/** Cheap Argon2 costs (the node's minimum memory, one pass) and helpers for the password node tests. */
final class PasswordFixtures {
    static final String CHEAP = "'memoryKib': 7168, 'iterations': 1";

    private PasswordFixtures() {}

    static NodeHandler compile(PasswordNode node, String data) {
        return NodeFixtures.compile(node, data.replace('\'', '"'));
    }

    static NodeHandler verifier(PasswordNode node) {
        return compile(
                node,
                "{'operation': 'verify', 'password': '{{request.body.pw}}', 'hash': '{{request.body.h}}', " + CHEAP
                        + "}");
    }

    static NodeOutcome run(NodeHandler handler, Map<String, Object> body) {
        return handler.execute(FakeNodeContext.create().withBody(body));
    }

    /** The output of a Next outcome. */
    @SuppressWarnings("unchecked")
    static Map<String, Object> output(NodeOutcome outcome) {
        if (!(outcome instanceof NodeOutcome.Next next)) {
            throw new AssertionError("expected a next outcome, got " + outcome);
        }
        return (Map<String, Object>) next.output();
    }
}
