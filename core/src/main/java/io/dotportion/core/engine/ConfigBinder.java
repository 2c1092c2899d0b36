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
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * Binds a node's {@code data} to its type's config record. A binding failure becomes one
 * {@link ViolationCode#INVALID_CONFIG} at {@code nodes[i].data} plus Jackson's field path, with a message
 * for a person (no Java class names).
 */
final class ConfigBinder {
    private ConfigBinder() {}

    /** The bound config, or null after adding the violation to {@code out}. */
    static Object bind(NodeType<?> type, Map<String, Object> data, String dataPath, List<Violation> out) {
        try {
            return Json.mapper().convertValue(data, type.configType());
        } catch (IllegalArgumentException e) {
            if (e.getCause() instanceof JsonMappingException cause) {
                out.add(Violation.error(dataPath + path(cause), ViolationCode.INVALID_CONFIG, message(cause)));
            } else {
                out.add(Violation.error(
                        dataPath,
                        ViolationCode.INVALID_CONFIG,
                        "the configuration is not valid for a " + type.id() + " node"));
            }
            return null;
        }
    }

    private static String path(JsonMappingException e) {
        StringBuilder out = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
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
