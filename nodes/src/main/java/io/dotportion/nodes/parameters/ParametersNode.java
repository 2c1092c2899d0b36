package io.dotportion.nodes.parameters;

import io.dotportion.core.model.Violation;
import io.dotportion.core.node.CompileContext;
import io.dotportion.core.node.MaskReason;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeType;
import io.dotportion.core.node.Ports;
import io.dotportion.core.node.SensitiveField;
import io.dotportion.core.node.ValidationContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads declared parameters from the request (body, query, headers, params), checks and coerces them, and
 * outputs one flat object of their values; any failure ends in {@code INVALID_REQUEST} listing every failing
 * field. See {@link Coercion} for what text is coerced, {@link Constraints} for min, max, pattern and enum,
 * {@link PatternCheck} for the bounds on patterns, and {@link ParametersHandler} for names declared twice.
 * Parameters declared {@code sensitive: true} or of type {@code password} are {@link #sensitiveFields}: masked
 * in traces while the node and its successors still see their values.
 */
public final class ParametersNode implements NodeType<ParametersConfig> {
    public static final String ID = "parameters";
    private final ParameterCompiler compiler;

    /** A parameters node with the default pattern limits. */
    public ParametersNode() {
        this(ParameterLimits.defaults());
    }

    public ParametersNode(ParameterLimits limits) {
        this.compiler = new ParameterCompiler(limits);
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public Class<ParametersConfig> configType() {
        return ParametersConfig.class;
    }

    @Override
    public NodeDescriptor descriptor() {
        return ParametersDescriptor.DESCRIPTOR;
    }

    @Override
    public Set<String> ports() {
        return Ports.SINGLE_OR_ERROR;
    }

    @Override
    public List<Violation> validate(ParametersConfig config, ValidationContext context) {
        return compiler.compile(config).violations();
    }

    @Override
    public NodeHandler compile(ParametersConfig config, CompileContext context) {
        ParameterCompiler.Result result = compiler.compile(config);
        if (result.violations().stream().anyMatch(Violation::isError)) {
            throw new IllegalArgumentException("parameters config of node '" + context.nodeId() + "' is invalid");
        }
        return new ParametersHandler(result.parameters());
    }

    @Override
    public List<SensitiveField> sensitiveFields(ParametersConfig config) {
        List<SensitiveField> out = new ArrayList<>();
        for (SourceConfig source : config.sources()) {
            RequestSource from =
                    source == null ? null : RequestSource.named(source.from()).orElse(null);
            if (from == null) {
                continue;
            }
            for (Map.Entry<String, ParameterSpec> entry : source.parameters().entrySet()) {
                ParameterSpec spec = entry.getValue() == null ? ParameterSpec.ANY : entry.getValue();
                MaskReason reason = spec.isSensitive()
                        ? MaskReason.SENSITIVE
                        : ParamType.named(spec.type()).orElse(ParamType.ANY) == ParamType.PASSWORD
                                ? MaskReason.PASSWORD_TYPE
                                : null;
                if (reason != null) {
                    out.add(new SensitiveField(from.label(), from.key(entry.getKey()), reason));
                }
            }
        }
        return List.copyOf(out);
    }
}
