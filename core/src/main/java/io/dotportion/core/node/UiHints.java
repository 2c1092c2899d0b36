package io.dotportion.core.node;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * How the editor shows a node: its icon text and colour, the fields of its one-line summary, the custom
 * widget of the fields that need one (names from {@link #WIDGETS}, kept sorted by field) and the order of its
 * form's fields.
 */
public record UiHints(
        String icon, String color, List<String> summaryFields, Map<String, String> widgets, List<String> order) {
    /** The editor's custom widgets (a closed set shared with the UI). */
    public static final Set<String> WIDGETS = Set.of(
            "code",
            "expression",
            "parametersTable",
            "json",
            "template",
            "secret",
            "mongoOperation",
            "headers",
            "status");

    public UiHints {
        summaryFields = List.copyOf(summaryFields);
        order = List.copyOf(order);
        for (String widget : widgets.values()) {
            if (!WIDGETS.contains(widget)) {
                throw new IllegalArgumentException("unknown widget '" + widget + "'");
            }
        }
        widgets = Collections.unmodifiableMap(new TreeMap<>(widgets));
    }
}
