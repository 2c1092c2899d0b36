package io.dotportion.server.spec;

import io.dotportion.server.http.Access;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiRoute;
import io.dotportion.server.http.Shape;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/** One OpenAPI operation from one route definition: parameters, body, answers and error answers by status. */
final class Operations {
    private static final String JSON = "application/json";
    private static final List<ApiError> EVERY_ROUTE =
            List.of(ApiError.NOT_FOUND, ApiError.METHOD_NOT_ALLOWED, ApiError.INTERNAL);
    private static final List<ApiError> SIGNED_IN =
            List.of(ApiError.UNAUTHORIZED, ApiError.FORBIDDEN, ApiError.CSRF_REJECTED);
    private static final List<ApiError> WITH_BODY = List.of(
            ApiError.INVALID_JSON, ApiError.INVALID_INPUT, ApiError.INVALID_REQUEST, ApiError.PAYLOAD_TOO_LARGE);

    private final TypeSchemas answers = new TypeSchemas(TypeSchemas.Direction.ANSWER);
    private final TypeSchemas requests = new TypeSchemas(TypeSchemas.Direction.REQUEST);

    Map<String, Object> of(ApiRoute route, List<String> pathParameters) {
        Map<String, Object> op = new LinkedHashMap<>();
        op.put("operationId", operationId(route));
        op.put("summary", route.summary());
        op.put("description", "Access: " + route.access().text() + ".");
        op.put("x-access", route.access().text());
        op.put("security", ManagementSpec.security(route.access()));
        if (!pathParameters.isEmpty()) {
            op.put(
                    "parameters",
                    pathParameters.stream().map(Operations::parameter).toList());
        }
        if (route.readsBody()) {
            op.put("requestBody", Map.of("required", true, "content", content(schema(route.body(), requests))));
        }
        op.put("responses", responses(route));
        return op;
    }

    private Map<String, Object> responses(ApiRoute route) {
        Map<String, Object> out = new LinkedHashMap<>();
        for (ApiRoute.Answer answer : route.answers()) {
            Map<String, Object> response = new LinkedHashMap<>();
            response.put("description", answer.description());
            if (!(answer.body() instanceof Shape.None)) {
                response.put("content", content(schema(answer.body(), answers)));
            }
            out.put(Integer.toString(answer.status()), response);
        }
        errorsByStatus(route).forEach((status, codes) -> out.put(Integer.toString(status), errorResponse(codes)));
        return out;
    }

    private static Map<Integer, Set<ApiError>> errorsByStatus(ApiRoute route) {
        List<ApiError> all = new ArrayList<>(EVERY_ROUTE);
        if (route.access() != Access.ANONYMOUS) {
            all.addAll(SIGNED_IN);
        }
        if (route.readsBody()) {
            all.addAll(WITH_BODY);
        }
        all.addAll(route.errors());
        Map<Integer, Set<ApiError>> byStatus = new TreeMap<>();
        for (ApiError code : all) {
            byStatus.computeIfAbsent(code.status(), s -> new LinkedHashSet<>()).add(code);
        }
        return byStatus;
    }

    private static Map<String, Object> errorResponse(Set<ApiError> codes) {
        List<String> names = codes.stream().map(ApiError::name).toList();
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("error", Map.of("type", "string", "enum", names));
        properties.put("message", Map.of("type", "string"));
        Map<String, Object> schema = new LinkedHashMap<>();
        schema.put("type", "object");
        schema.put("required", List.of("error", "message"));
        schema.put("properties", properties);
        return Map.of("description", String.join(", ", names), "content", content(schema));
    }

    private static Map<String, Object> schema(Shape shape, TypeSchemas types) {
        return switch (shape) {
            case Shape.Of of -> types.of(of.type());
            case Shape.ListOf list -> Map.of("type", "array", "items", types.of(list.type()));
            case Shape.Schema given -> given.schema();
            case Shape.None none -> Map.of();
        };
    }

    private static Map<String, Object> content(Map<String, Object> schema) {
        return Map.of(JSON, Map.of("schema", schema));
    }

    private static Map<String, Object> parameter(String name) {
        return Map.of("name", name, "in", "path", "required", true, "schema", Map.of("type", "string"));
    }

    /** {@code POST /v1/projects/{pid}/members} is {@code post_v1_projects_pid_members}. */
    private static String operationId(ApiRoute route) {
        String path = route.path().replaceAll("\\{([^}:/]+)(:[^}]*)?}", "$1").replaceAll("[^A-Za-z0-9]+", "_");
        return route.method().text().toLowerCase(Locale.ROOT) + path.replaceAll("_+$", "");
    }
}
