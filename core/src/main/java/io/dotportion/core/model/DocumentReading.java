package io.dotportion.core.model;

import java.util.ArrayList;
import java.util.List;

/**
 * The result of reading a raw JSON value as a workflow: the document (wrongly shaped parts left empty,
 * list positions kept so that paths still match) and every shape problem found.
 */
public record DocumentReading(WorkflowDocument document, List<Violation> violations) {

    public DocumentReading {
        violations = List.copyOf(violations);
    }

    /**
     * These shape problems plus the validation problems of the document, leaving out validation problems
     * at or under a path whose shape is already reported (a node that is not an object has no id to miss).
     */
    public List<Violation> withValidation(List<Violation> validation) {
        List<Violation> all = new ArrayList<>(violations);
        for (Violation v : validation) {
            if (violations.stream().noneMatch(shape -> covers(shape.path(), v.path()))) {
                all.add(v);
            }
        }
        return List.copyOf(all);
    }

    private static boolean covers(String outer, String inner) {
        if (outer.isEmpty() || inner.equals(outer)) {
            return true;
        }
        return inner.startsWith(outer) && (inner.charAt(outer.length()) == '.' || inner.charAt(outer.length()) == '[');
    }
}
