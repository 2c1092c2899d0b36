package io.dotportion.nodes.mongo;

import io.dotportion.core.limit.Limits;
import io.dotportion.core.model.Violation;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.node.NodeType;
import io.dotportion.core.node.ValidationContext;
import io.dotportion.core.template.ValueTemplate;
import io.dotportion.nodes.fixtures.FakeValidationContext;
import io.dotportion.nodes.fixtures.NodeFixtures;
import java.util.List;
import java.util.Set;

/** Validates and compiles database/mongodb node data from JSON, with a project that has the given mongodb secrets. */
final class MongoNodes {
    static final String SECRET = "users_db";

    private MongoNodes() {}

    static ValidationContext validationContext(Set<String> mongodbSecrets) {
        FakeValidationContext nodes = FakeValidationContext.withNodes("start", "params", "find");
        return new ValidationContext() {
            @Override
            public Set<String> nodeIds() {
                return nodes.nodeIds();
            }

            @Override
            public Set<String> secretNames(String type) {
                return type.equals("mongodb") ? mongodbSecrets : Set.of();
            }

            @Override
            public List<Violation> checkTemplate(String path, ValueTemplate template) {
                return nodes.checkTemplate(path, template);
            }
        };
    }

    static List<Violation> validate(NodeType<MongoNodeConfig> type, String json) {
        return type.validate(NodeFixtures.bind(type, json), validationContext(Set.of(SECRET)));
    }

    /** Compiles after asserting the config has no violation at all, as the engine compiles only valid configs. */
    static NodeHandler compile(NodeType<MongoNodeConfig> type, String json) {
        List<Violation> violations = validate(type, json);
        if (!violations.isEmpty()) {
            throw new AssertionError("expected a valid config, got " + violations);
        }
        return type.compile(NodeFixtures.bind(type, json), NodeFixtures.compileContext(Limits.defaults()));
    }

    static Object output(NodeOutcome outcome) {
        if (!(outcome instanceof NodeOutcome.Next next)) {
            throw new AssertionError("expected a result, got " + outcome);
        }
        return next.output();
    }

    static NodeOutcome.Fail failure(NodeOutcome outcome) {
        if (!(outcome instanceof NodeOutcome.Fail fail)) {
            throw new AssertionError("expected a failure, got " + outcome);
        }
        return fail;
    }
}
