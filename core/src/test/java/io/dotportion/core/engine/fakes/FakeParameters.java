package io.dotportion.core.engine.fakes;

import io.dotportion.core.model.Violation;
import io.dotportion.core.node.CompileContext;
import io.dotportion.core.node.FieldError;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.NodeError;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.node.NodeRole;
import io.dotportion.core.node.NodeType;
import io.dotportion.core.node.Ports;
import io.dotportion.core.node.ValidationContext;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** parameters: outputs the declared body fields; a missing required one fails with INVALID_REQUEST. */
final class FakeParameters implements NodeType<FakeParameters.Config> {

    record Config(List<Source> sources) {}

    record Source(String from, Map<String, Param> parameters) {}

    record Param(boolean required) {}

    @Override
    public String id() {
        return "parameters";
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
        return List.of();
    }

    @Override
    public NodeHandler compile(Config config, CompileContext context) {
        Map<String, Param> declared = new LinkedHashMap<>();
        for (Source source : config.sources() == null ? List.<Source>of() : config.sources()) {
            declared.putAll(source.parameters());
        }
        return ctx -> {
            Map<?, ?> body = ctx.request().body() instanceof Map<?, ?> m ? m : Map.of();
            Map<String, Object> out = new LinkedHashMap<>();
            List<FieldError> errors = new ArrayList<>();
            declared.forEach((name, param) -> {
                if (body.get(name) != null) {
                    out.put(name, body.get(name));
                } else if (param.required()) {
                    errors.add(new FieldError("body." + name, "is required"));
                }
            });
            return errors.isEmpty() ? NodeOutcome.next(out) : new NodeOutcome.Fail(NodeError.invalidRequest(errors));
        };
    }
}
