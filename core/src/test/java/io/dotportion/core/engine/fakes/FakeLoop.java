package io.dotportion.core.engine.fakes;

import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.node.CompileContext;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.node.NodeRole;
import io.dotportion.core.node.NodeType;
import io.dotportion.core.node.Ports;
import io.dotportion.core.node.ValidationContext;
import io.dotportion.core.template.ValueTemplate;
import java.util.List;
import java.util.Set;

/** loop: iterates over {@code items} (a template resolving to an array). */
final class FakeLoop implements NodeType<FakeLoop.Config> {

    record Config(ValueTemplate items) {}

    @Override
    public String id() {
        return "loop";
    }

    @Override
    public NodeDescriptor descriptor() {
        return NodeDescriptor.builder(id(), NodeRole.LOOP).build();
    }

    @Override
    public Class<Config> configType() {
        return Config.class;
    }

    @Override
    public Set<String> ports() {
        return Ports.BRANCH;
    }

    @Override
    public List<Violation> validate(Config config, ValidationContext context) {
        if (config.items() == null) {
            return List.of(Violation.error("items", ViolationCode.INVALID_CONFIG, "items is required"));
        }
        return context.checkTemplate("items", config.items());
    }

    @Override
    @SuppressWarnings("unchecked")
    public NodeHandler compile(Config config, CompileContext context) {
        return ctx -> ctx.evaluate(config.items()) instanceof List<?> list
                ? new NodeOutcome.Iterate((List<Object>) list)
                : NodeOutcome.fail(ErrorCode.EXECUTION_FAILED, "items is not an array");
    }
}
