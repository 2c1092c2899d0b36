package io.dotportion.core.engine;

import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.node.NodeType;
import io.dotportion.core.value.Json;
import io.dotportion.core.value.Values;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Binds a node's {@code data} to its type's config record. Each binding failure becomes an
 * {@link ViolationCode#INVALID_CONFIG} at {@code nodes[i].data} plus Jackson's field path, with a message for a
 * person (no Java class names). A failing field does not hide the others: it is left out and the rest bound
 * again, until the config binds without it (then the type can check the fields that bound) or nothing more
 * can be left out.
 */
final class ConfigBinder {
    /** At most this many failing fields are reported per node; past them binding stops. */
    private static final int MAX_FAILURES = 32;

    /**
     * The config bound without its failing fields (null when none could bind), one problem per failure, and
     * the paths of the fields left out.
     */
    record Bound(Object config, List<Violation> problems, List<String> leftOut) {
        /** True when {@code path} is a field left out or lies inside one. */
        boolean leftOut(String path) {
            return leftOut.stream()
                    .anyMatch(p -> path.equals(p) || path.startsWith(p + ".") || path.startsWith(p + "["));
        }
    }

    private ConfigBinder() {}

    static Bound bind(NodeType<?> type, Map<String, Object> data, String dataPath) {
        List<Violation> problems = new ArrayList<>();
        List<String> leftOut = new ArrayList<>();
        Map<String, Object> current = data;
        for (int attempt = 0; attempt <= MAX_FAILURES; attempt++) {
            try {
                Object config = Json.mapper().convertValue(current, type.configType());
                return new Bound(config, List.copyOf(problems), List.copyOf(leftOut));
            } catch (IllegalArgumentException e) {
                if (!(e.getCause() instanceof JsonMappingException cause)) {
                    problems.add(whole(type, dataPath));
                    break;
                }
                List<JsonMappingException.Reference> at = cause.getPath();
                problems.add(Violation.error(dataPath + path(at), ViolationCode.INVALID_CONFIG, message(cause)));
                int field = FieldRemoval.lastField(at);
                Map<String, Object> without = field < 0 ? null : FieldRemoval.without(current, at, field);
                if (without == null) {
                    break;
                }
                leftOut.add(dataPath + path(at.subList(0, field + 1)));
                current = without;
            }
        }
        return new Bound(null, List.copyOf(problems), List.copyOf(leftOut));
    }

    private static Violation whole(NodeType<?> type, String dataPath) {
        return Violation.error(
                dataPath, ViolationCode.INVALID_CONFIG, "the configuration is not valid for a " + type.id() + " node");
    }

    private static String path(List<JsonMappingException.Reference> refs) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : refs) {
            if (ref.getFieldName() != null) {
                out.append('.').append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }

    private static String message(JsonMappingException e) {
        if (e instanceof ValueInstantiationException
                && e.getCause() instanceof IllegalArgumentException reason
                && reason.getMessage() != null) {
            return reason.getMessage();
        }
        if (e instanceof InvalidFormatException format) {
            String value = format.getValue() == null ? "null" : "'" + Values.toText(format.getValue()) + "'";
            return value + " is not " + describe(format.getTargetType());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            return "must be " + describe(mismatch.getTargetType());
        }
        return "is not valid here";
    }

    static String describe(Class<?> type) {
        if (type.isEnum()) {
            return "one of " + Arrays.toString(type.getEnumConstants());
        }
        if (type == String.class || type == Character.class || type == char.class) {
            return "a string";
        }
        if (type == Integer.class
                || type == int.class
                || type == Long.class
                || type == long.class
                || type == Short.class
                || type == short.class
                || type == java.math.BigInteger.class) {
            return "an integer";
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return "a number";
        }
        if (type == Boolean.class || type == boolean.class) {
            return "true or false";
        }
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "an array";
        }
        return "an object";
    }
}
