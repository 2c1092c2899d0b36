package io.dotportion.core.engine.fakes;

import io.dotportion.core.model.Violation;
import io.dotportion.core.node.CompileContext;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.NodeFailure;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.node.NodeRole;
import io.dotportion.core.node.NodeType;
import io.dotportion.core.node.Ports;
import io.dotportion.core.node.ValidationContext;
import io.dotportion.core.template.ValueTemplate;
import java.util.List;
import java.util.Set;

/**
 * logic: outputs {@code output} (a template) or echoes its input; or fails ({@code fail}, returned, or
 * thrown as a NodeFailure with {@code throwFailure}); or throws an unexpected exception ({@code crash});
 * or spins until the execution's time is up ({@code waitForDeadline}). Marks the text {@code sensitive} resolves
 * to as a sensitive value (field "secret") before any of that.
 */
final class FakeLogic implements NodeType<FakeLogic.Config> {

    record Config(
            ValueTemplate output,
            Failure fail,
            boolean throwFailure,
            String crash,
            boolean waitForDeadline,
            ValueTemplate sensitive) {}

    record Failure(ErrorCode code, String message) {}

    @Override
    public String id() {
        return "logic";
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
        return context.checkTemplate("output", config.output());
    }

    @Override
    public NodeHandler compile(Config config, CompileContext context) {
        return ctx -> {
            if (config.sensitive() != null && ctx.evaluate(config.sensitive()) instanceof String text) {
                ctx.sensitive("secret", text);
            }
            if (config.waitForDeadline()) {
                while (!ctx.remaining().isZero()) {
                    Thread.onSpinWait();
                }
            }
            if (config.crash() != null) {
                throw new IllegalStateException(config.crash());
            }
            if (config.fail() != null && config.throwFailure()) {
                throw new NodeFailure(config.fail().code(), config.fail().message());
            }
            if (config.fail() != null) {
                return NodeOutcome.fail(config.fail().code(), config.fail().message());
            }
            return NodeOutcome.next(config.output() == null ? ctx.input() : ctx.evaluate(config.output()));
        };
    }
}
