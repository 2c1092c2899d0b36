package io.dotportion.core.node;

import com.fasterxml.jackson.annotation.JsonProperty;
import io.dotportion.core.template.ValueTemplate;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

/** The JSON Schema of a Java type as the platform's mapper binds it (records become objects with properties). */
final class JsonTypes {
    private static final int MAX_DEPTH = 4;

    private JsonTypes() {}

    /** True for a template, or a list or map of templates: {@code {{ }}} may appear in its value. */
    static boolean isTemplate(Type type) {
        if (type == ValueTemplate.class) {
            return true;
        }
        if (type instanceof ParameterizedType p
                && p.getRawType() instanceof Class<?> raw
                && (Map.class.isAssignableFrom(raw) || Collection.class.isAssignableFrom(raw))) {
            Type[] args = p.getActualTypeArguments();
            return isTemplate(args[args.length - 1]);
        }
        return false;
    }

    /** The JSON name of a record component: its {@code @JsonProperty} value, else its own name. */
    static String name(RecordComponent component) {
        JsonProperty property = component.getAnnotation(JsonProperty.class);
        return property != null && !property.value().isEmpty() ? property.value() : component.getName();
    }

    static Map<String, Object> schema(Type type, int depth) {
        Map<String, Object> schema = new LinkedHashMap<>();
        if (type instanceof ParameterizedType p && p.getRawType() instanceof Class<?> raw) {
            Type[] args = p.getActualTypeArguments();
            if (Collection.class.isAssignableFrom(raw)) {
                schema.put("type", "array");
                putUnlessEmpty(schema, "items", schema(args[0], depth + 1));
            } else if (Map.class.isAssignableFrom(raw)) {
                schema.put("type", "object");
                putUnlessEmpty(schema, "additionalProperties", schema(args[1], depth + 1));
            }
            return schema;
        }
        if (!(type instanceof Class<?> c)) {
            return schema;
        }
        if (c == String.class || c.isEnum()) {
            schema.put("type", "string");
        } else if (c == Integer.class
                || c == int.class
                || c == Long.class
                || c == long.class
                || c == Short.class
                || c == short.class
                || c == BigInteger.class) {
            schema.put("type", "integer");
        } else if (c == BigDecimal.class || Number.class.isAssignableFrom(c) || c == double.class || c == float.class) {
            schema.put("type", "number");
        } else if (c == Boolean.class || c == boolean.class) {
            schema.put("type", "boolean");
        } else if (Collection.class.isAssignableFrom(c) || c.isArray()) {
            schema.put("type", "array");
        } else if (Map.class.isAssignableFrom(c)) {
            schema.put("type", "object");
        } else if (c.isRecord() && depth < MAX_DEPTH) {
            schema.put("type", "object");
            Map<String, Object> properties = new LinkedHashMap<>();
            for (RecordComponent component : c.getRecordComponents()) {
                properties.put(name(component), schema(component.getGenericType(), depth + 1));
            }
            schema.put("properties", properties);
        }
        // ValueTemplate, Object and anything else: any JSON value
        return schema;
    }

    private static void putUnlessEmpty(Map<String, Object> schema, String key, Map<String, Object> value) {
        if (!value.isEmpty()) {
            schema.put(key, value);
        }
    }
}
