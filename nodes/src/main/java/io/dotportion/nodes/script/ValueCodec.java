package io.dotportion.nodes.script;

import io.dotportion.core.value.Json;
import java.util.ArrayList;
import java.util.List;

/**
 * Moves plain value trees across the sandbox boundary as JSON text: arguments are written here and
 * read by {@code JSON.parse} inside the context; results are written by {@code JSON.stringify} there
 * and read here. No host object, proxy or source text carries data into a script.
 *
 * <p>What crosses, therefore, is JSON: in results a {@code Date} becomes its ISO-8601 string, NaN and
 * Infinity become null, functions and symbols inside objects are left out (inside arrays, null), and a
 * {@code Map} or {@code Set} becomes {@code {}}. Integral numbers come back as Integer or Long (BigInteger
 * beyond), others as Double.
 */
final class ValueCodec {

    /** Arguments as one JSON array plus a mask with '1' for each argument that is {@code undefined}. */
    record Arguments(String json, String undefinedMask) {
    }

    private ValueCodec() {
    }

    static Arguments encode(List<?> arguments) {
        List<Object> values = new ArrayList<>(arguments.size());
        StringBuilder mask = new StringBuilder(arguments.size());
        for (Object argument : arguments) {
            boolean undefined = argument == Undefined.VALUE;
            values.add(undefined ? null : argument);
            mask.append(undefined ? '1' : '0');
        }
        return new Arguments(Json.write(values), mask.toString());
    }

    /** The result tree of JSON text written by the runner, or {@link Undefined#VALUE} for none. */
    static Object decode(String json) {
        if (json == null) {
            return Undefined.VALUE;
        }
        try {
            return Json.parse(json);
        } catch (IllegalArgumentException e) {
            // JSON.stringify writes well-formed JSON: what fails here is a reader limit, in practice nesting
            throw new ScriptException(ScriptException.Kind.RESULT_TOO_LARGE,
                    "script result is nested more than " + Json.MAX_DEPTH + " levels deep");
        }
    }
}
