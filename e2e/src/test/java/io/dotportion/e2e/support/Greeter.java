package io.dotportion.e2e.support;

import java.util.List;
import java.util.Map;

/** A small workflow set up over the API: {@code POST /hello {name}} answers {@code {"hello": name}}. */
public final class Greeter {
    private Greeter() {}

    public static Map<String, Object> workflow() {
        return Map.of(
                "name",
                "Hello",
                "method",
                "POST",
                "path",
                "/hello",
                "nodes",
                List.of(
                        Map.of("id", "start", "type", "apiStart", "data", Map.of(), "position", Map.of("x", 0, "y", 0)),
                        Map.of(
                                "id",
                                "params",
                                "type",
                                "parameters",
                                "data",
                                Map.of(
                                        "sources",
                                        List.of(Map.of(
                                                "from",
                                                "body",
                                                "parameters",
                                                Map.of("name", Map.of("required", true, "type", "string"))))),
                                "position",
                                Map.of("x", 0, "y", 150)),
                        Map.of(
                                "id",
                                "out",
                                "type",
                                "response",
                                "data",
                                Map.of("status", 200, "body", Map.of("hello", "{{input.name}}")),
                                "position",
                                Map.of("x", 0, "y", 300))),
                "edges",
                List.of(
                        Map.of("id", "e1", "source", "start", "target", "params"),
                        Map.of("id", "e2", "source", "params", "target", "out")));
    }

    /** Creates the project and the deployed workflow; answers {projectId, workflowId}. */
    public static List<String> deploy(Api api, String projectName, String slug) {
        String projectId = (String) api.call("POST", "/v1/projects", Map.of("name", projectName, "slug", slug), 201)
                .get("id");
        String workflowId = (String) api.call("POST", "/v1/projects/" + projectId + "/workflows", workflow(), 201)
                .get("id");
        api.call("POST", "/v1/workflows/" + workflowId + "/deploy", null, 200);
        return List.of(projectId, workflowId);
    }
}
