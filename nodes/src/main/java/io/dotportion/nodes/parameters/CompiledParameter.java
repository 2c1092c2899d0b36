package io.dotportion.nodes.parameters;

import io.dotportion.core.node.FieldError;
import io.dotportion.core.node.RequestData;
import java.util.List;

/**
 * One declared parameter, ready to check requests: where to read it, its type and checks, and its default
 * already coerced ({@code null} when it has none).
 */
record CompiledParameter(RequestSource source, String name, boolean required, ParamType type,
                         Constraints constraints, Object defaultValue) {

    /** The request field as callers see it in errors, like {@code body.email} or {@code headers.x-api-key}. */
    String field() {
        return source.label() + "." + source.key(name);
    }

    /** The raw value in the request, or null when the request lacks it. */
    Object read(RequestData request) {
        return source.lookup(request, source.key(name), type);
    }

    /** Checks a present value: the coerced value, or every reason it fails (added to {@code errors}). */
    Checked check(Object raw, List<FieldError> errors) {
        Checked coerced = Coercion.coerce(type, raw, source.isText());
        if (coerced instanceof Checked.Bad bad) {
            errors.add(new FieldError(field(), bad.reason()));
            return coerced;
        }
        List<String> reasons = constraints.check(((Checked.Ok) coerced).value());
        reasons.forEach(reason -> errors.add(new FieldError(field(), reason)));
        return reasons.isEmpty() ? coerced : Checked.bad(reasons.get(0));
    }
}
