package io.dotportion.nodes.mongo;

import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.FieldError;
import io.dotportion.core.node.NodeError;
import io.dotportion.core.node.NodeFailure;
import io.dotportion.core.template.TemplatePath;
import io.dotportion.core.template.ValueTemplate;
import java.util.List;
import java.util.Map;

/**
 * Keeps values that come from templates (request bodies, query strings, headers, earlier outputs) values:
 * an object holding a key that starts with '$' would be read by MongoDB as an operator, so it is refused with
 * {@code INVALID_REQUEST}; inside a pipeline or {@code $expr}, a string starting with '$' would be read as a
 * field reference, so it is refused there too. Nothing from the value is echoed in the error.
 */
final class ValueGuard {
    static final String OPERATOR_MESSAGE = "operators are not allowed in values";
    static final String REFERENCE_MESSAGE = "field references are not allowed in values";

    private ValueGuard() {}

    static void check(Object value, boolean expression, ValueTemplate source) {
        if (OperatorRules.containsOperatorKey(value)) {
            throw failure(OPERATOR_MESSAGE, source, "must not contain keys starting with '$'");
        }
        if (expression && containsDollarString(value)) {
            throw failure(REFERENCE_MESSAGE, source, "must not start with '$' inside a pipeline or $expr");
        }
    }

    private static boolean containsDollarString(Object value) {
        return switch (value) {
            case String s -> s.startsWith("$");
            case Map<?, ?> map -> map.values().stream().anyMatch(ValueGuard::containsDollarString);
            case List<?> list -> list.stream().anyMatch(ValueGuard::containsDollarString);
            case null, default -> false;
        };
    }

    private static NodeFailure failure(String message, ValueTemplate source, String reason) {
        String field =
                source.paths().stream().findFirst().map(TemplatePath::text).orElse("value");
        return new NodeFailure(
                new NodeError(ErrorCode.INVALID_REQUEST, message, List.of(new FieldError(field, reason))));
    }
}
