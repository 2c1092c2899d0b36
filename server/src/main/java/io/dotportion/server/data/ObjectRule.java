package io.dotportion.server.data;

import java.util.List;
import java.util.Map;

/** The fields of a document (or of an object inside one): their rules, which must be present, and whether others may be. */
record ObjectRule(Map<String, FieldRule> properties, List<String> required, boolean additionalProperties) {

    static final ObjectRule OPEN = new ObjectRule(Map.of(), List.of(), true);

    /** The rule of a field: its own, {@link FieldRule#ANY} for an undeclared field when others may be, else null. */
    FieldRule field(String name) {
        FieldRule rule = properties.get(name);
        return rule != null ? rule : additionalProperties ? FieldRule.ANY : null;
    }
}
