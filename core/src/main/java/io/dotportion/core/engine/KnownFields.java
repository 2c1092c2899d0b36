package io.dotportion.core.engine;

import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.introspect.BeanPropertyDefinition;
import io.dotportion.core.value.Json;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * The fields a config record binds, as the platform's mapper sees them (JSON names, {@code @JsonAlias}es
 * included), and for each field whose value is itself a record (or a list or map of records) the known
 * fields inside it. A field of any other type (a template, a free value) is opaque: anything goes below it.
 */
record KnownFields(Set<String> names, Map<String, KnownFields.Inner> nested, boolean open) {

    /** A config that is a free-form object (a map, a JSON tree): every field is known. */
    private static final KnownFields OPEN = new KnownFields(Set.of(), Map.of(), true);

    /** How a record sits under a field: the value itself, each element of a list, or each value of a map. */
    enum Holding {
        VALUE,
        ELEMENTS,
        MAP_VALUES
    }

    /** The known fields of the record(s) under one field. */
    record Inner(Holding holding, KnownFields fields) {}

    static KnownFields of(Class<?> configType) {
        return of(Json.mapper().constructType(configType), 0);
    }

    private static KnownFields of(JavaType type, int depth) {
        if (type.isMapLikeType()
                || type.getRawClass() == Object.class
                || com.fasterxml.jackson.databind.JsonNode.class.isAssignableFrom(type.getRawClass())) {
            return OPEN;
        }
        BeanDescription description = Json.mapper().getDeserializationConfig().introspect(type);
        Set<String> names = new TreeSet<>();
        Map<String, Inner> nested = new LinkedHashMap<>();
        for (BeanPropertyDefinition property : description.findProperties()) {
            if (!property.couldDeserialize()) {
                continue;
            }
            names.add(property.getName());
            var aliases = property.findAliases();
            aliases.forEach(alias -> names.add(alias.getSimpleName()));
            JavaType fieldType = property.getPrimaryType();
            Holding holding = holding(fieldType);
            if (holding != null && depth < Json.MAX_DEPTH) {
                JavaType record = holding == Holding.VALUE ? fieldType : fieldType.getContentType();
                Inner inner = new Inner(holding, of(record, depth + 1));
                nested.put(property.getName(), inner);
                aliases.forEach(alias -> nested.put(alias.getSimpleName(), inner));
            }
        }
        return new KnownFields(Set.copyOf(names), Map.copyOf(nested), false);
    }

    /** The known fields under {@code name} when it holds records; null when anything goes below it. */
    Inner inside(String name) {
        return nested.get(name);
    }

    /** How a field holds records, or null when it holds none (a template, a free value, a scalar). */
    private static Holding holding(JavaType type) {
        if (type == null) {
            return null;
        }
        if (type.isRecordType()) {
            return Holding.VALUE;
        }
        JavaType content = type.getContentType();
        if (content == null || !content.isRecordType()) {
            return null;
        }
        if (type.isCollectionLikeType() || type.isArrayType()) {
            return Holding.ELEMENTS;
        }
        return type.isMapLikeType() ? Holding.MAP_VALUES : null;
    }
}
