package io.dotportion.nodes.parameters;

import io.dotportion.core.node.FieldError;
import io.dotportion.core.node.RequestData;
import java.util.List;

/**
 * One declared parameter, ready to check requests: where to read it ({@code key}, lowercase for headers), how
 * errors name it ({@code field}, like {@code body.email}), its type and checks, and its default already coerced
 * ({@code null} when it has none).
 */
record CompiledParameter(
        RequestSource source,
        String name,
        String key,
        String field,
        boolean required,
        ParamType type,
        Constraints constraints,
        Object defaultValue) {

    static CompiledParameter of(
            RequestSource source,
            String name,
            boolean required,
            ParamType type,
            Constraints constraints,
            Object defaultValue) {
        String key = source == null ? name : source.key(name);
        String field = source == null ? name : source.label() + "." + key;
        return new CompiledParameter(source, name, key, field, required, type, constraints, defaultValue);
    }

    /** The raw value in the request, or null when the request lacks it. */
    Object read(RequestData request) {
        return source.lookup(request, key, type);
    }

    /** Checks a present value: the coerced value, or every reason it fails (added to {@code errors}). */
    Checked check(Object raw, List<FieldError> errors) {
        Checked coerced = Coercion.coerce(type, raw, source.isText());
        if (coerced instanceof Checked.Bad bad) {
            errors.add(new FieldError(field, bad.reason()));
            return coerced;
        }
        List<String> reasons = constraints.check(((Checked.Ok) coerced).value());
        if (reasons.isEmpty()) {
            return coerced;
        }
        for (String reason : reasons) {
            errors.add(new FieldError(field, reason));
        }
        return Checked.bad(reasons.get(0));
    }
}
