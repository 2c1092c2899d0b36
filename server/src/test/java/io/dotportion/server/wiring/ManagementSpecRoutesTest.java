package io.dotportion.server.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.value.Json;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.OpenApiSchema;
import io.dotportion.server.support.PlatformTest;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /v1/openapi.json} describes exactly the /v1 routes the server registers (read from the routing
 * by {@link RecordedRoutes}, as {@link ApiDocsTest} does), is a valid OpenAPI 3.1 document, and its access
 * levels are the auth filter's: an operation that needs a caller answers 401 without a token, and one that
 * does not never does.
 */
@PlatformTest
class ManagementSpecRoutesTest {
    private final Platform platform;
    private final ApiClient api;
    private final String document;

    ManagementSpecRoutesTest(Platform platform, ApiClient api) {
        this.platform = platform;
        this.api = api;
        this.document = api.get("/v1/openapi.json", api.newUser("specroutes"))
                .expect(200)
                .text();
    }

    @Test
    void every_registered_v1_route_is_in_the_document_and_every_operation_is_registered() {
        Set<String> registered = RecordedRoutes.of(platform.httpApi()::configure).routes().stream()
                .filter(route -> route.substring(route.indexOf(' ') + 1).startsWith("/v1/"))
                .collect(Collectors.toCollection(TreeSet::new));

        assertThat(operations().keySet()).containsExactlyElementsOf(registered);
    }

    @Test
    void the_document_is_valid_openapi_3_1() {
        assertThat(OpenApiSchema.violations(document)).isEmpty();
    }

    @Test
    void operations_that_need_a_caller_answer_401_without_a_token_and_the_others_do_not() {
        Map<String, String> access = operations();
        assertThat(access).isNotEmpty();
        assertThat(access).allSatisfy((route, who) -> {
            String method = route.substring(0, route.indexOf(' '));
            String path = route.substring(route.indexOf(' ') + 1).replaceAll("\\{[^}]+}", "x");
            int status = api.call(method, path, null, null).status();
            if (who.equals("anonymous")) {
                assertThat(status).as(route).isNotEqualTo(401);
            } else {
                assertThat(status).as(route).isEqualTo(401);
            }
        });
    }

    /** {@code "GET /v1/tokens"} to its {@code x-access}, for every operation of the document. */
    @SuppressWarnings("unchecked")
    private Map<String, String> operations() {
        Map<String, Object> paths = (Map<String, Object>) ((Map<String, Object>) Json.parse(document)).get("paths");
        Map<String, String> out = new java.util.TreeMap<>();
        paths.forEach((path, item) -> ((Map<String, Object>) item)
                .forEach((method, op) -> out.put(
                        method.toUpperCase(Locale.ROOT) + " " + path,
                        String.valueOf(((Map<String, Object>) op).get("x-access")))));
        return out;
    }
}
