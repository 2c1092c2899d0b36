package io.dotportion.store.mongo;

import io.dotportion.core.model.EdgeSpec;
import io.dotportion.core.model.NodeSpec;
import io.dotportion.core.model.Position;
import io.dotportion.core.model.WorkflowDocument;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Workflow documents for store tests. */
final class WorkflowFixtures {
    private WorkflowFixtures() {}

    static WorkflowDocument simple(String name, String method, String path) {
        return new WorkflowDocument(
                name,
                method,
                path,
                List.of(
                        new NodeSpec("start", "apiStart", Map.of(), new Position(0, 0)),
                        new NodeSpec("end", "response", Map.of("status", 200), new Position(200.5, 10))),
                List.of(new EdgeSpec("e1", "start", "end", null)));
    }

    /** Node data with keys MongoDB would refuse as field names: update operators and dotted paths. */
    static WorkflowDocument withOperatorKeys() {
        Map<String, Object> update = new LinkedHashMap<>();
        update.put("$set", Map.of("profile.name", "{{input.name}}", "$unset", "x"));
        update.put("$inc", Map.of("stats.calls", 1));
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("collection", "users");
        data.put("operation", "updateOne");
        data.put("filter", Map.of("_id", "{{request.params.id}}", "a.b", Map.of("$gt", 3)));
        data.put("update", update);
        data.put("nothing", null);
        return new WorkflowDocument(
                "ops",
                "PATCH",
                "/users/{id}",
                List.of(
                        new NodeSpec("start", "apiStart", Map.of(), new Position(0, 0)),
                        new NodeSpec("db", "database", data, new Position(1, 2)),
                        new NodeSpec("end", "response", Map.of(), new Position(3, 4))),
                List.of(
                        new EdgeSpec("e1", "start", "db", null),
                        new EdgeSpec("e2", "db", "end", null),
                        new EdgeSpec("e3", "db", "end", "error")));
    }
}
