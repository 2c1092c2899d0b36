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
import io.dotportion.core.template.EmbeddedTemplates;
import io.dotportion.core.template.TemplatePath;
import io.dotportion.core.template.TemplateProblem;
import io.dotportion.core.template.ValueTemplate;
import io.dotportion.core.value.Values;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * condition: follows "true" when {@code value} (a template) is truthy; with DotPortion's {@code condition}
 * script text, the truthiness of its first {{ }} placeholder stands in for the script. Input passes through.
 */
final class FakeCondition implements NodeType<FakeCondition.Config> {

    record Config(ValueTemplate value, String condition) {}

    @Override
    public String id() {
        return "condition";
    }

    @Override
    public NodeDescriptor descriptor() {
        return NodeDescriptor.builder(id(), NodeRole.BRANCH).build();
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
        if (config.condition() == null) {
            return config.value() == null
                    ? List.of(Violation.error("value", ViolationCode.INVALID_CONFIG, "value is required"))
                    : context.checkTemplate("value", config.value());
        }
        List<Violation> out = new ArrayList<>();
        EmbeddedTemplates script = EmbeddedTemplates.extract(config.condition());
        for (TemplateProblem problem : script.problems()) {
            out.add(Violation.error("condition", ViolationCode.BAD_TEMPLATE, problem.message()));
        }
        for (EmbeddedTemplates.Binding binding : script.bindings()) {
            TemplatePath path = binding.path();
            if (path.root() == TemplatePath.Root.STEP && !context.nodeIds().contains(path.nodeId())) {
                out.add(Violation.error("condition", ViolationCode.UNKNOWN_REFERENCE, "unknown node " + path.nodeId()));
            }
        }
        return out;
    }

    @Override
    public NodeHandler compile(Config config, CompileContext context) {
        if (config.condition() != null) {
            EmbeddedTemplates script = EmbeddedTemplates.extract(config.condition());
            return ctx -> branch(
                    !script.bindings().isEmpty()
                            && Values.truthy(ctx.evaluate(ValueTemplate.of(
                                    "{{" + script.bindings().get(0).path().text() + "}}"))),
                    ctx.input());
        }
        return ctx -> branch(Values.truthy(ctx.evaluate(config.value())), ctx.input());
    }

    private static NodeOutcome branch(boolean truth, Object input) {
        return new NodeOutcome.Next(truth ? Ports.TRUE : Ports.FALSE, input);
    }
}
