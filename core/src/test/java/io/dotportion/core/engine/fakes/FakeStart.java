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
import java.util.List;
import java.util.Set;

/** apiStart: passes the request value on. */
final class FakeStart implements NodeType<FakeStart.Config> {

    record Config(String method, String path) {}

    @Override
    public String id() {
        return "apiStart";
    }

    @Override
    public NodeDescriptor descriptor() {
        return NodeDescriptor.builder(id(), NodeRole.START).build();
    }

    @Override
    public Class<Config> configType() {
        return Config.class;
    }

    @Override
    public Set<String> ports() {
        return Ports.SINGLE;
    }

    @Override
    public List<Violation> validate(Config config, ValidationContext context) {
        return List.of();
    }

    @Override
    public NodeHandler compile(Config config, CompileContext context) {
        return ctx -> NodeOutcome.next(ctx.input());
    }
}
