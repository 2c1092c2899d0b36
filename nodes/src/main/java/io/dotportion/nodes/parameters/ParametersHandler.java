package io.dotportion.nodes.parameters;

import io.dotportion.core.node.FieldError;
import io.dotportion.core.node.NodeContext;
import io.dotportion.core.node.NodeError;
import io.dotportion.core.node.NodeHandler;
import io.dotportion.core.node.NodeOutcome;
import io.dotportion.core.node.RequestData;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks every declared parameter of one request and outputs one flat object of their values, or fails with
 * {@code INVALID_REQUEST} listing every failing field. A name declared in several sources: each declaration is
 * checked on its own; the output takes the value of the last source that carried it, and a default only when no
 * source carried it.
 */
final class ParametersHandler implements NodeHandler {
    private final List<CompiledParameter> parameters;
    private final List<String> outputNames;

    ParametersHandler(List<CompiledParameter> parameters) {
        this.parameters = List.copyOf(parameters);
        Set<String> names = new LinkedHashSet<>();
        parameters.forEach(p -> names.add(p.name()));
        this.outputNames = List.copyOf(names);
    }

    @Override
    public NodeOutcome execute(NodeContext context) {
        RequestData request = context.request();
        List<FieldError> errors = new ArrayList<>();
        Map<String, Object> found = new LinkedHashMap<>();
        Map<String, Object> defaults = new LinkedHashMap<>();
        for (CompiledParameter parameter : parameters) {
            Object raw = parameter.read(request);
            if (raw != null) {
                if (parameter.check(raw, errors) instanceof Checked.Ok ok) {
                    found.put(parameter.name(), ok.value());
                }
            } else if (parameter.required()) {
                errors.add(new FieldError(parameter.field(), "is required"));
            } else if (parameter.defaultValue() != null) {
                defaults.put(parameter.name(), parameter.defaultValue());
            }
        }
        if (!errors.isEmpty()) {
            return new NodeOutcome.Fail(NodeError.invalidRequest(errors));
        }
        return NodeOutcome.next(output(found, defaults));
    }

    private Map<String, Object> output(Map<String, Object> found, Map<String, Object> defaults) {
        Map<String, Object> out = new LinkedHashMap<>(outputNames.size() * 2);
        for (String name : outputNames) {
            Object value = found.containsKey(name) ? found.get(name) : defaults.get(name);
            if (value != null) {
                out.put(name, value);
            }
        }
        return Collections.unmodifiableMap(out);
    }
}
