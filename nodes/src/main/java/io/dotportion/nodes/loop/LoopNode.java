package io.dotportion.nodes.loop;

import io.dotportion.core.limit.Limits;
import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.node.CompileContext;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeType;
import io.dotportion.core.node.Ports;
import io.dotportion.core.node.ValidationContext;
import io.dotportion.core.template.ValueTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Runs its "true" branch once per item of an array, then continues on "false" with the collected outputs
 * (the engine walks the branches; this node resolves the items and checks them).
 *
 * <p>{@code items} is required and must resolve to an array: a value that is not one, null included, fails the
 * node with {@code EXECUTION_FAILED}. (A version deployed before {@code items} was required, with none, iterates
 * the node's input.)
 * {@code maxIterations} is validated against the platform limit given to the constructor; at run time the
 * lower of it and the execution's {@link Limits#loopMaxIterations()} applies.
 */
public final class LoopNode implements NodeType<LoopConfig> {
    public static final String ID = "loop";
    private final int platformMaxIterations;

    /** A loop node validated against the default platform limits. */
    public LoopNode() {
        this(Limits.defaults());
    }

    public LoopNode(Limits limits) {
        this.platformMaxIterations = limits.loopMaxIterations();
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Class<LoopConfig> configType() {
        return LoopConfig.class;
    }

    @Override
    public NodeDescriptor descriptor() {
        return LoopDescriptor.DESCRIPTOR;
    }

    @Override
    public Set<String> ports() {
        return Ports.BRANCH;
    }

    @Override
    public List<Violation> validate(LoopConfig config, ValidationContext context) {
        List<Violation> out = new ArrayList<>();
        if (missing(config.items())) {
            out.add(invalid(
                    "items",
                    "items is required: the array to iterate, like \"{{request.body.items}}\" (or \"{{input}}\""
                            + " for the previous node's output)"));
        } else {
            if (config.items().isConstant()
                    && config.items().problems().isEmpty()
                    && !(config.items().raw() instanceof List<?>)) {
                out.add(invalid(
                        "items",
                        "items must be an array or a template resolving to one, like " + "\"{{request.body.items}}\""));
            }
            out.addAll(context.checkTemplate("items", config.items()));
        }
        Integer max = config.maxIterations();
        if (max != null && max < 1) {
            out.add(invalid("maxIterations", "maxIterations must be at least 1"));
        } else if (max != null && max > platformMaxIterations) {
            out.add(invalid(
                    "maxIterations",
                    "maxIterations must be at most " + platformMaxIterations + " (the platform's loop limit)"));
        }
        return out;
    }

    @Override
    public NodeHandler compile(LoopConfig config, CompileContext context) {
        return new LoopHandler(config.items(), config.maxIterations());
    }

    private static boolean missing(ValueTemplate items) {
        return items == null || items.raw() == null || items.raw() instanceof String text && text.isBlank();
    }

    private static Violation invalid(String path, String message) {
        return Violation.error(path, ViolationCode.INVALID_CONFIG, message);
    }
}
