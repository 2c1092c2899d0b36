package io.dotportion.server.openapi;

import io.dotportion.core.model.NodeSpec;
import io.dotportion.core.model.RoutePath;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The request side of an operation: path parameters from the path template (typed when a node declaring
 * request sources declares them under {@code params}), query and header parameters, and a JSON request body
 * from the {@code body} declarations of every such node (the descriptor's {@code requestSourcesField}).
 */
final class RequestParameters {
    /** Header names OpenAPI describes elsewhere (and ignores as parameters). */
    private static final Set<String> RESERVED_HEADERS = Set.of("accept", "content-type", "authorization");

    private final Map<String, Map<?, ?>> pathSpecs = new LinkedHashMap<>();
    private final Map<String, Map<String, Object>> others = new LinkedHashMap<>();
    private final Map<String, Object> bodyProperties = new LinkedHashMap<>();
    private final List<String> bodyRequired = new ArrayList<>();

    static RequestParameters of(List<NodeSpec> nodes, NodeHints hints) {
        RequestParameters out = new RequestParameters();
        for (NodeSpec node : nodes) {
            String field = hints.of(node).requestSourcesField();
            if (field != null && node.data().get(field) instanceof List<?> sources) {
                sources.forEach(out::addSource);
            }
        }
        return out;
    }

    private void addSource(Object source) {
        if (!(source instanceof Map<?, ?> map) || !(map.get("parameters") instanceof Map<?, ?> params)) {
            return;
        }
        String from = map.get("from") instanceof String f ? f.strip().toLowerCase(Locale.ROOT) : "";
        params.forEach((rawName, rawSpec) -> {
            String name = String.valueOf(rawName);
            Map<?, ?> spec = rawSpec instanceof Map<?, ?> m ? m : Map.of();
            switch (from) {
                case "params" -> pathSpecs.putIfAbsent(name, spec);
                case "query" -> others.putIfAbsent("query " + name, parameter(name, "query", spec));
                case "headers" -> {
                    if (!RESERVED_HEADERS.contains(name.toLowerCase(Locale.ROOT))) {
                        others.putIfAbsent("header " + name.toLowerCase(Locale.ROOT), parameter(name, "header", spec));
                    }
                }
                case "body" -> {
                    if (bodyProperties.putIfAbsent(name, ParameterSchemas.of(spec)) == null
                            && ParameterSchemas.required(spec)) {
                        bodyRequired.add(name);
                    }
                }
                default -> {}
            }
        });
    }

    /** Path parameters first (all required, in template order), then query and header parameters. */
    List<Map<String, Object>> parameters(RoutePath path) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (RoutePath.Segment segment : path.segments()) {
            if (segment.isParam()) {
                Map<String, Object> schema = ParameterSchemas.of(pathSpecs.getOrDefault(segment.param(), Map.of()));
                if (schema.isEmpty()) {
                    schema.put("type", "string");
                }
                Map<String, Object> p = new LinkedHashMap<>();
                p.put("name", segment.param());
                p.put("in", "path");
                p.put("required", true);
                p.put("schema", schema);
                out.add(p);
            }
        }
        out.addAll(others.values());
        return out;
    }

    boolean declaresBody() {
        return !bodyProperties.isEmpty();
    }

    /** The JSON body: an object with the declared properties, or any JSON when none is declared. */
    Map<String, Object> requestBody() {
        Map<String, Object> schema = new LinkedHashMap<>();
        if (declaresBody()) {
            schema.put("type", "object");
            schema.put("properties", bodyProperties);
            if (!bodyRequired.isEmpty()) {
                schema.put("required", bodyRequired);
            }
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("required", !bodyRequired.isEmpty());
        body.put("content", Map.of("application/json", Map.of("schema", schema)));
        return body;
    }

    private static Map<String, Object> parameter(String name, String in, Map<?, ?> spec) {
        Map<String, Object> p = new LinkedHashMap<>();
        p.put("name", name);
        p.put("in", in);
        p.put("required", ParameterSchemas.required(spec));
        p.put("schema", ParameterSchemas.of(spec));
        return p;
    }
}
