package io.dotportion.nodes.start;

import io.dotportion.core.model.Violation;
import io.dotportion.core.node.CompileContext;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.node.NodeType;
import io.dotportion.core.node.Ports;
import io.dotportion.core.node.ValidationContext;
import java.util.List;
import java.util.Set;

/** The entry of every workflow: passes on its input, which the engine sets to the request value. */
public final class ApiStartNode implements NodeType<ApiStartConfig> {
    public static final String ID = "apiStart";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Class<ApiStartConfig> configType() {
        return ApiStartConfig.class;
    }

    @Override
    public NodeDescriptor descriptor() {
        return ApiStartDescriptor.DESCRIPTOR;
    }

    @Override
    public Set<String> ports() {
        return Ports.SINGLE;
    }

    @Override
    public List<Violation> validate(ApiStartConfig config, ValidationContext context) {
        return List.of();
    }

    @Override
    public NodeHandler compile(ApiStartConfig config, CompileContext context) {
        return ctx -> NodeOutcome.next(ctx.input());
    }
}
