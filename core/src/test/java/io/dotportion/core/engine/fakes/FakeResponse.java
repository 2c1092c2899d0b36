package io.dotportion.core.engine.fakes;

import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.node.CompileContext;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.node.NodeRole;
import io.dotportion.core.node.NodeType;
import io.dotportion.core.node.Ports;
import io.dotportion.core.node.ValidationContext;
import io.dotportion.core.template.ValueTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** response: answers {@code status} (default 200) with {@code body} (a template; default: the input). */
final class FakeResponse implements NodeType<FakeResponse.Config> {

    record Config(Integer status, ValueTemplate body, Map<String, String> headers) {}

    @Override
    public String id() {
        return "response";
    }

    @Override
    public NodeDescriptor descriptor() {
        return NodeDescriptor.builder(id(), NodeRole.END).build();
    }

    @Override
    public Class<Config> configType() {
        return Config.class;
    }

    @Override
    public Set<String> ports() {
        return Ports.NONE;
    }

    @Override
    public List<Violation> validate(Config config, ValidationContext context) {
        List<Violation> out = new ArrayList<>(context.checkTemplate("body", config.body()));
        if (config.status() != null && (config.status() < 100 || config.status() > 599)) {
            out.add(Violation.error("status", ViolationCode.INVALID_CONFIG, "status must be between 100 and 599"));
        }
        return out;
    }

    @Override
    public NodeHandler compile(Config config, CompileContext context) {
        int status = config.status() == null ? 200 : config.status();
        return ctx -> new NodeOutcome.Respond(
                status, config.headers(), config.body() == null ? ctx.input() : ctx.evaluate(config.body()));
    }
}
