package io.dotportion.core.engine.fakes;

import io.dotportion.core.engine.NodeRegistry;
import io.dotportion.core.node.NodeType;
import java.util.List;

/** A registry of small fake node types under the real ids, for engine and validation tests. */
public final class FakeNodes {
    private FakeNodes() {}

    public static NodeRegistry registry() {
        return new NodeRegistry(types());
    }

    public static List<NodeType<?>> types() {
        return List.of(
                new FakeStart(),
                new FakeParameters(),
                new FakeLogic(),
                new FakeCondition(),
                new FakeLoop(),
                new FakeResponse(),
                new FakeDatabase(),
                new FakeSecretUser());
    }
}
