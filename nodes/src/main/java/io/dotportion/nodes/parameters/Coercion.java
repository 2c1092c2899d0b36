package io.dotportion.nodes.parameters;

import io.dotportion.core.value.Json;
import io.dotportion.core.value.Values;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Checks a raw request value against a declared type, coercing text where the type allows it.
 *
 * <p>Text is coerced to numbers, integers and booleans from every source, the body included: form posts carry
 * only text. The reverse never happens: a number or a boolean is never accepted for a string. Objects and arrays
 * are parsed from JSON text only for text sources (query, headers, params); a body must carry them as JSON.
 */
final class Coercion {
    private Coercion() {}

    static Checked coerce(ParamType type, Object raw, boolean textSource) {
        return switch (type) {
            case ANY -> Checked.ok(raw);
            case STRING, PASSWORD -> raw instanceof String ? Checked.ok(raw) : Checked.bad("must be a string");
            case EMAIL ->
                raw instanceof String s && EmailAddress.isValid(s)
                        ? Checked.ok(s)
                        : Checked.bad("must be a valid email address");
            case INTEGER -> Numbers.integer(raw);
            case NUMBER -> Numbers.number(raw);
            case BOOLEAN -> bool(raw);
            case OBJECT -> structured(raw, Map.class, textSource, "must be an object");
            case ARRAY -> structured(raw, List.class, textSource, "must be an array");
        };
    }

    private static Checked bool(Object raw) {
        if (raw instanceof Boolean) {
            return Checked.ok(raw);
        }
        if (raw instanceof String s) {
            switch (s.toLowerCase(Locale.ROOT)) {
                case "true", "1" -> {
                    return Checked.ok(Boolean.TRUE);
                }
                case "false", "0" -> {
                    return Checked.ok(Boolean.FALSE);
                }
                default -> {}
            }
        }
        return Checked.bad("must be true or false");
    }

    private static Checked structured(Object raw, Class<?> kind, boolean textSource, String reason) {
        if (kind.isInstance(raw)) {
            return Checked.ok(raw);
        }
        if (textSource && raw instanceof String text) {
            try {
                Object parsed = Json.parseInput(text);
                return kind.isInstance(parsed) ? Checked.ok(Values.immutableCopy(parsed)) : Checked.bad(reason);
            } catch (IllegalArgumentException e) {
                return Checked.bad(reason + " (written as JSON)");
            }
        }
        return Checked.bad(reason);
    }
}
