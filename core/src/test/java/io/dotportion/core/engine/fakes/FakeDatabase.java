package io.dotportion.core.engine.fakes;

import io.dotportion.core.model.Violation;
import io.dotportion.core.node.CompileContext;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.node.NodeRole;
import io.dotportion.core.node.NodeType;
import io.dotportion.core.node.Ports;
import io.dotportion.core.node.ValidationContext;
import io.dotportion.core.template.ValueTemplate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** database: pretends to insert {@code data} and outputs {@code {"inserted": data}}. */
final class FakeDatabase implements NodeType<FakeDatabase.Config> {

    record Config(String collection, String operation, ValueTemplate data) {}

    @Override
    public String id() {
        return "database";
    }

    @Override
    public NodeDescriptor descriptor() {
        return NodeDescriptor.builder(id(), NodeRole.STEP).build();
    }

    @Override
    public Class<Config> configType() {
        return Config.class;
    }

    @Override
    public Set<String> ports() {
        return Ports.SINGLE_OR_ERROR;
    }

    @Override
    public List<Violation> validate(Config config, ValidationContext context) {
        return context.checkTemplate("data", config.data());
    }

    @Override
    public NodeHandler compile(Config config, CompileContext context) {
        return ctx ->
                NodeOutcome.next(Map.of("inserted", config.data() == null ? Map.of() : ctx.evaluate(config.data())));
    }
}
