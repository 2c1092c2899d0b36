package io.dotportion.server.spec;

import io.dotportion.server.auth.SessionCookie;
import io.dotportion.server.http.Access;
import io.dotportion.server.http.ApiRoute;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The OpenAPI 3.1 document of the management API, built from its {@link ApiRoute} definitions: the same
 * objects the router registers, so a route cannot be served without being described or described without
 * being served. Schemas are inline (no {@code $ref}), each a JSON Schema 2020-12 of its own.
 */
public final class ManagementSpec {
    static final String BEARER = "bearerToken";
    static final String COOKIE = "sessionCookie";
    private static final Pattern PARAM = Pattern.compile("\\{([^}:/]+)(:[^}]*)?}");

    private final Operations operations = new Operations();

    /** The document as JSON data (ordered maps), ready to serialise. */
    public Map<String, Object> document(List<ApiRoute> routes) {
        Map<String, Map<String, Object>> paths = new LinkedHashMap<>();
        for (ApiRoute route : routes) {
            String path = openApiPath(route.path());
            paths.computeIfAbsent(path, p -> new LinkedHashMap<>())
                    .put(route.method().text().toLowerCase(Locale.ROOT), operations.of(route, parameters(path)));
        }
        Map<String, Object> doc = new LinkedHashMap<>();
        doc.put("openapi", "3.1.0");
        doc.put(
                "info",
                Map.of(
                        "title",
                        "DotPortion management API",
                        "version",
                        "v1",
                        "description",
                        "Every /v1 route of the platform. Errors answer {\"error\": CODE, \"message\": ...};"
                                + " the codes are listed per status and explained in docs/ERRORS.md. A token of"
                                + " scope read may only use GET, HEAD and OPTIONS."));
        doc.put("jsonSchemaDialect", "https://json-schema.org/draft/2020-12/schema");
        doc.put("paths", paths);
        doc.put("components", Map.of("securitySchemes", securitySchemes()));
        return doc;
    }

    /** Helidon's {@code {name:regex}} parameters as OpenAPI's {@code {name}}. */
    static String openApiPath(String path) {
        return PARAM.matcher(path).replaceAll("{$1}");
    }

    private static List<String> parameters(String path) {
        Matcher m = PARAM.matcher(path);
        List<String> names = new ArrayList<>();
        while (m.find()) {
            names.add(m.group(1));
        }
        return names;
    }

    private static Map<String, Object> securitySchemes() {
        Map<String, Object> schemes = new LinkedHashMap<>();
        schemes.put(
                BEARER,
                Map.of(
                        "type", "http",
                        "scheme", "bearer",
                        "description", "a session token from POST /v1/auth/login or a personal API token"));
        schemes.put(
                COOKIE,
                Map.of(
                        "type",
                        "apiKey",
                        "in",
                        "cookie",
                        "name",
                        SessionCookie.NAME,
                        "description",
                        "the browser session set at login; any method but GET, HEAD and OPTIONS also needs the"
                                + " X-CSRF-Token header"));
        return schemes;
    }

    static List<Map<String, Object>> security(Access access) {
        return access == Access.ANONYMOUS ? List.of() : List.of(Map.of(BEARER, List.of()), Map.of(COOKIE, List.of()));
    }
}
