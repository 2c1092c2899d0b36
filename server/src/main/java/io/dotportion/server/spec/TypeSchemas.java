package io.dotportion.server.spec;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonUnwrapped;
import com.fasterxml.jackson.annotation.JsonValue;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.Method;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.temporal.Temporal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * The JSON Schema (2020-12) of a Java type as the platform's mapper writes it (an answer) or reads it (a
 * request body). A record is an object with one property per component; in an answer every component is
 * written (null included, unless the record says {@code @JsonInclude(NON_NULL)}), so each is required, may be
 * null unless primitive, and no other property appears. Types the mapper writes in its own way (a
 * {@code @JsonValue}, an any-getter, an interface) are any JSON value.
 */
final class TypeSchemas {
    private static final int MAX_DEPTH = 8;

    /** Whether the schema describes what the server writes (strict) or what it reads (lenient). */
    enum Direction {
        ANSWER,
        REQUEST
    }

    private final Direction direction;

    TypeSchemas(Direction direction) {
        this.direction = direction;
    }

    Map<String, Object> of(Type type) {
        return schema(type, 0);
    }

    private Map<String, Object> schema(Type type, int depth) {
        Map<String, Object> schema = new LinkedHashMap<>();
        if (depth > MAX_DEPTH) {
            return schema;
        }
        if (type instanceof WildcardType w) {
            return schema(w.getUpperBounds()[0], depth);
        }
        if (type instanceof GenericArrayType g) {
            schema.put("type", "array");
            putUnlessEmpty(schema, "items", schema(g.getGenericComponentType(), depth + 1));
            return schema;
        }
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            return parameterized(raw, p.getActualTypeArguments(), depth);
        }
        if (type instanceof Class<?> c) {
            return plain(c, depth);
        }
        return schema;
    }

    private Map<String, Object> parameterized(Class<?> raw, Type[] args, int depth) {
        Map<String, Object> schema = new LinkedHashMap<>();
        if (Collection.class.isAssignableFrom(raw)) {
            schema.put("type", "array");
            putUnlessEmpty(schema, "items", schema(args[0], depth + 1));
        } else if (Map.class.isAssignableFrom(raw)) {
            schema.put("type", "object");
            putUnlessEmpty(schema, "additionalProperties", schema(args[1], depth + 1));
        } else if (raw == Optional.class) {
            return nullable(schema(args[0], depth));
        }
        return schema;
    }

    private Map<String, Object> plain(Class<?> c, int depth) {
        Map<String, Object> schema = new LinkedHashMap<>();
        if (c == String.class || c == UUID.class || Temporal.class.isAssignableFrom(c)) {
            schema.put("type", "string");
        } else if (c.isEnum()) {
            schema.put("type", "string");
            enumValues(c).ifPresent(values -> schema.put("enum", values));
        } else if (c == int.class || c == long.class || c == short.class || integral(c)) {
            schema.put("type", "integer");
        } else if (c == double.class || c == float.class || Number.class.isAssignableFrom(c)) {
            schema.put("type", "number");
        } else if (c == boolean.class || c == Boolean.class) {
            schema.put("type", "boolean");
        } else if (c.isArray() || Collection.class.isAssignableFrom(c)) {
            schema.put("type", "array");
        } else if (Map.class.isAssignableFrom(c)) {
            schema.put("type", "object");
        } else if (c.isRecord() && !custom(c)) {
            return record(c, depth);
        }
        return schema;
    }

    private Map<String, Object> record(Class<?> c, int depth) {
        Map<String, Object> properties = new LinkedHashMap<>();
        List<String> required = new ArrayList<>();
        boolean omitsNulls = omitsNulls(c.getAnnotation(JsonInclude.class));
        for (RecordComponent component : c.getRecordComponents()) {
            if (component.getAccessor().isAnnotationPresent(JsonIgnore.class)
                    || component.isAnnotationPresent(JsonIgnore.class)) {
                continue;
            }
            String name = name(component);
            Map<String, Object> property = schema(component.getGenericType(), depth + 1);
            boolean primitive = component.getType().isPrimitive();
            boolean mayOmit = omitsNulls || omitsNulls(include(c, component));
            if (direction == Direction.ANSWER && !primitive && !mayOmit) {
                property = nullable(property);
            }
            properties.put(name, property);
            if (direction == Direction.ANSWER && (primitive || !mayOmit)) {
                required.add(name);
            }
        }
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("properties", properties);
        if (!required.isEmpty()) {
            schema.put("required", required);
        }
        if (direction == Direction.ANSWER) {
            schema.put("additionalProperties", false);
        }
        return schema;
    }

    /** A component's {@code @JsonInclude}: Jackson reads it from the component's field or accessor. */
    private static JsonInclude include(Class<?> record, RecordComponent component) {
        JsonInclude include = component.getAccessor().getAnnotation(JsonInclude.class);
        if (include != null) {
            return include;
        }
        try {
            return record.getDeclaredField(component.getName()).getAnnotation(JsonInclude.class);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    /** The names the mapper writes for an enum's constants; none when a {@code @JsonValue} method decides. */
    private static Optional<List<String>> enumValues(Class<?> c) {
        boolean custom = Arrays.stream(c.getDeclaredMethods()).anyMatch(m -> m.isAnnotationPresent(JsonValue.class))
                || Arrays.stream(c.getDeclaredFields()).anyMatch(f -> f.isAnnotationPresent(JsonProperty.class));
        return custom
                ? Optional.empty()
                : Optional.of(
                        Arrays.stream(c.getEnumConstants()).map(String::valueOf).toList());
    }

    /** A record the mapper does not write component by component. */
    private static boolean custom(Class<?> c) {
        for (Method m : c.getMethods()) {
            if (m.isAnnotationPresent(JsonValue.class) || m.isAnnotationPresent(JsonAnyGetter.class)) {
                return true;
            }
        }
        return Arrays.stream(c.getRecordComponents())
                .anyMatch(rc -> rc.isAnnotationPresent(JsonUnwrapped.class)
                        || rc.getAccessor().isAnnotationPresent(JsonUnwrapped.class));
    }

    private static boolean integral(Class<?> c) {
        return c == Integer.class || c == Long.class || c == Short.class || c == java.math.BigInteger.class;
    }

    private static boolean omitsNulls(JsonInclude include) {
        return include != null && include.value() != JsonInclude.Include.ALWAYS;
    }

    private static String name(RecordComponent component) {
        JsonProperty property = component.getAnnotation(JsonProperty.class);
        if (property == null) {
            property = component.getAccessor().getAnnotation(JsonProperty.class);
        }
        return property != null && !property.value().isEmpty() ? property.value() : component.getName();
    }

    /** The schema, or null. */
    static Map<String, Object> nullable(Map<String, Object> schema) {
        if (schema.isEmpty()) {
            return schema;
        }
        Map<String, Object> out = new LinkedHashMap<>(schema);
        if (schema.get("type") instanceof String type) {
            out.put("type", List.of(type, "null"));
            if (out.get("enum") instanceof List<?> values) {
                List<Object> withNull = new ArrayList<>(values);
                withNull.add(null);
                out.put("enum", withNull);
            }
        }
        return out;
    }

    private static void putUnlessEmpty(Map<String, Object> schema, String key, Map<String, Object> value) {
        if (!value.isEmpty()) {
            schema.put(key, value);
        }
    }
}
