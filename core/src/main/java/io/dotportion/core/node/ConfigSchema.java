package io.dotportion.core.node;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON Schema (2020-12) of a node's {@code data}, derived from its config record: one property per
 * record component, typed from the component's type; {@link io.dotportion.core.template.ValueTemplate}
 * fields (and lists or maps of them) are template fields. Titles, descriptions, defaults, enums and type
 * overrides are given explicitly by the node's package. Every node's data may carry a {@code label}.
 * Naming a field the record does not have is an error, so a schema cannot drift from its record.
 */
public final class ConfigSchema {
    public static final String DIALECT = "https://json-schema.org/draft/2020-12/schema";

    private final Map<String, Map<String, Object>> properties = new LinkedHashMap<>();
    private final List<String> templateFields = new ArrayList<>();
    private final List<String> required = new ArrayList<>();

    private ConfigSchema() {
        Map<String, Object> label = new LinkedHashMap<>();
        label.put("type", "string");
        label.put("title", "Label");
        label.put("description", "the node's name on the canvas");
        properties.put("label", label);
    }

    /** The schema of a config record's components. */
    public static ConfigSchema of(Class<? extends Record> config) {
        ConfigSchema schema = new ConfigSchema();
        for (RecordComponent component : config.getRecordComponents()) {
            String name = JsonTypes.name(component);
            schema.properties.put(name, JsonTypes.schema(component.getGenericType(), 1));
            if (JsonTypes.isTemplate(component.getGenericType())) {
                schema.templateFields.add(name);
            }
        }
        return schema;
    }

    /** The schema of a node without configuration: only its {@code label}. */
    public static ConfigSchema none() {
        return new ConfigSchema();
    }

    /** A title and a description (plain text) of one field. */
    public ConfigSchema field(String name, String title, String description) {
        property(name).put("title", title);
        property(name).put("description", description);
        return this;
    }

    /** Any other keyword of one field ({@code default}, {@code enum}, {@code minimum}, {@code type}...). */
    public ConfigSchema with(String name, String keyword, Object value) {
        property(name).put(keyword, value);
        return this;
    }

    /** Marks a field whose {@code {{ }}} placeholders are templates although its type is plain text. */
    public ConfigSchema template(String name) {
        property(name);
        if (!templateFields.contains(name)) {
            templateFields.add(name);
        }
        return this;
    }

    /** Drops a field of the record that this node type does not read (a record shared by two types). */
    public ConfigSchema without(String name) {
        property(name);
        properties.remove(name);
        templateFields.remove(name);
        return this;
    }

    public ConfigSchema required(String... names) {
        for (String name : names) {
            property(name);
            required.add(name);
        }
        return this;
    }

    public List<String> templateFields() {
        return List.copyOf(templateFields);
    }

    public boolean has(String name) {
        return properties.containsKey(name);
    }

    /** The schema as JSON data (ordered maps), ready to serialise. */
    public Map<String, Object> toMap() {
        Map<String, Object> props = new LinkedHashMap<>();
        properties.forEach((name, schema) -> props.put(name, Collections.unmodifiableMap(new LinkedHashMap<>(schema))));
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("$schema", DIALECT);
        out.put("type", "object");
        out.put("properties", Collections.unmodifiableMap(props));
        if (!required.isEmpty()) {
            out.put("required", List.copyOf(required));
        }
        out.put("additionalProperties", false);
        return Collections.unmodifiableMap(out);
    }

    private Map<String, Object> property(String name) {
        Map<String, Object> property = properties.get(name);
        if (property == null) {
            throw new IllegalArgumentException("the config has no field '" + name + "'");
        }
        return property;
    }
}
