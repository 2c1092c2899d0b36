package io.dotportion.nodes.parameters;

import io.dotportion.core.node.FieldError;
import io.dotportion.core.node.NodeContext;
import io.dotportion.core.node.NodeError;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.node.RequestData;
import io.dotportion.core.value.FixedKeys;
import io.dotportion.core.value.FixedMap;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks every declared parameter of one request and outputs one flat object of their values, or fails with
 * {@code INVALID_REQUEST} listing every failing field. A name declared in several sources: each declaration is
 * checked on its own; the output takes the value of the last source that carried it, and a default only when no
 * source carried it. The output's keys (every declared name, in order) are fixed when the node is compiled; a
 * request fills one slot per name and leaves out the names it has no value for.
 */
final class ParametersHandler implements NodeHandler {
    private final CompiledParameter[] parameters;
    /** For each parameter, the position of its name among the output keys. */
    private final int[] slots;

    private final FixedKeys outputNames;

    ParametersHandler(List<CompiledParameter> parameters) {
        this.parameters = parameters.toArray(new CompiledParameter[0]);
        Set<String> names = new LinkedHashSet<>();
        parameters.forEach(p -> names.add(p.name()));
        this.outputNames = FixedKeys.of(List.copyOf(names));
        this.slots = new int[this.parameters.length];
        for (int i = 0; i < slots.length; i++) {
            slots[i] = outputNames.position(this.parameters[i].name());
        }
    }

    @Override
    public NodeOutcome execute(NodeContext context) {
        RequestData request = context.request();
        List<FieldError> errors = new ArrayList<>();
        Object[] found = new Object[outputNames.size()];
        Object[] defaults = null;
        for (int i = 0; i < parameters.length; i++) {
            CompiledParameter parameter = parameters[i];
            Object raw = parameter.read(request);
            if (raw != null) {
                if (parameter.check(raw, errors) instanceof Checked.Ok ok) {
                    found[slots[i]] = ok.value();
                }
            } else if (parameter.required()) {
                errors.add(new FieldError(parameter.field(), "is required"));
            } else if (parameter.defaultValue() != null) {
                defaults = defaults == null ? new Object[found.length] : defaults;
                defaults[slots[i]] = parameter.defaultValue();
            }
        }
        if (!errors.isEmpty()) {
            return new NodeOutcome.Fail(NodeError.invalidRequest(errors));
        }
        return NodeOutcome.next(output(found, defaults));
    }

    /** A name's checked value, else its default, else no entry: {@code found} becomes the output's slots. */
    private FixedMap output(Object[] found, Object[] defaults) {
        for (int i = 0; i < found.length; i++) {
            if (found[i] == null) {
                Object fallback = defaults == null ? null : defaults[i];
                found[i] = fallback == null ? FixedMap.ABSENT : fallback;
            }
        }
        return new FixedMap(outputNames, found);
    }
}
