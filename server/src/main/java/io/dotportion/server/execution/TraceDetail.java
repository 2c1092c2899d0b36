package io.dotportion.server.execution;

import io.dotportion.server.project.Permission;
import io.dotportion.server.project.ProjectAccess;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much of a stored trace a caller sees. A trace's inputs, outputs and error messages are data: the
 * requests of the endpoint's callers (bodies with passwords, headers, queries), documents of the managed
 * database or of a user's own database, and what nodes made of them. A role that may read the project's
 * data ({@link Permission#READ_DATA}: editors and owners) sees them (secrets, request credentials and
 * produced credentials masked as stored); a role that may not (viewers) sees the shape of the run only:
 * which node ran, in which order, along which port, how long, and the error code of a failure.
 */
public enum TraceDetail {
    VALUES,
    SHAPE;

    /** The fields of an entry that carry no data of the run. */
    private static final Set<String> SHAPE_FIELDS =
            Set.of("nodeId", "type", "status", "port", "durationMs", "loopIndex");

    public static TraceDetail of(ProjectAccess.Granted granted) {
        return granted.allows(Permission.READ_DATA) ? VALUES : SHAPE;
    }

    public boolean valuesHidden() {
        return this == SHAPE;
    }

    List<Map<String, Object>> apply(List<Map<String, Object>> trace) {
        if (this == VALUES || trace == null) {
            return trace;
        }
        List<Map<String, Object>> out = new ArrayList<>(trace.size());
        for (Map<String, Object> entry : trace) {
            out.add(shape(entry));
        }
        return Collections.unmodifiableList(out);
    }

    private static Map<String, Object> shape(Map<String, Object> entry) {
        Map<String, Object> out = new LinkedHashMap<>();
        entry.forEach((key, value) -> {
            if (SHAPE_FIELDS.contains(key)) {
                out.put(key, value);
            }
        });
        out.put("input", null);
        out.put("output", null);
        out.put(
                "error",
                entry.get("error") instanceof Map<?, ?> error && error.get("code") instanceof String code
                        ? Map.of("code", code)
                        : null);
        return Collections.unmodifiableMap(out);
    }
}
