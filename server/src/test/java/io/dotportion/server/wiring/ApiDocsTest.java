package io.dotportion.server.wiring;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * docs/API.md lists exactly the routes the server registers: every {@code ### METHOD /path} heading is a
 * registered route, and every registered route under /v1, /api, /health and /metrics has its heading.
 * Path parameter names may differ (the docs say {@code {projectId}} where the code says {@code {pid}}).
 */
@PlatformTest
class ApiDocsTest {
    static final Path API_MD = Path.of("..", "docs", "API.md");
    private static final Pattern HEADING =
            Pattern.compile("^### (GET|POST|PUT|PATCH|DELETE) (/\\S*)$", Pattern.MULTILINE);
    private static final Pattern PARAM = Pattern.compile("\\{[^}/]+}");

    private final Platform platform;
    private final RecordedRoutes.Recorded recorded;

    ApiDocsTest(Platform platform) {
        this.platform = platform;
        this.recorded = RecordedRoutes.of(platform.httpApi()::configure);
    }

    @Test
    void every_registered_route_is_documented_and_every_documented_route_is_registered() throws IOException {
        Set<String> registered = recorded.routes().stream()
                .filter(ApiDocsTest::servedApi)
                .map(ApiDocsTest::shape)
                .collect(Collectors.toCollection(TreeSet::new));
        Set<String> documented =
                documented().stream().map(ApiDocsTest::shape).collect(Collectors.toCollection(TreeSet::new));

        assertThat(difference(registered, documented))
                .as("registered routes missing from docs/API.md")
                .isEmpty();
        assertThat(difference(documented, registered))
                .as("routes in docs/API.md the server does not register")
                .isEmpty();
    }

    @Test
    void the_fixed_contract_routes_are_registered() {
        Set<String> registered =
                recorded.routes().stream().map(ApiDocsTest::shape).collect(Collectors.toSet());

        assertThat(registered)
                .containsAll(Stream.of(
                                "POST /v1/auth/signup",
                                "POST /v1/auth/login",
                                "POST /v1/projects",
                                "PUT /v1/projects/{projectId}/secrets/{name}",
                                "GET /v1/projects/{projectId}/secrets",
                                "DELETE /v1/projects/{projectId}/secrets/{name}",
                                "POST /v1/projects/{projectId}/workflows",
                                "PUT /v1/workflows/{workflowId}",
                                "POST /v1/workflows/{workflowId}/deploy",
                                "POST /v1/workflows/{workflowId}/test-run",
                                "GET /v1/projects/{projectId}/executions",
                                "PATCH /v1/projects/{projectId}",
                                "POST /v1/projects/{projectId}/members",
                                "POST /v1/tokens",
                                "GET /api/{owner}/{project}/openapi.json",
                                "GET /health")
                        .map(ApiDocsTest::shape)
                        .toList());
        assertThat(recorded.prefixRoutes())
                .as("the gateway's catch-all")
                .anySatisfy(r -> assertThat(r).contains("/api/"));
    }

    /** Guards the recorder itself: the real server serves each documented route (none reaches the 404 fallback). */
    @Test
    void the_server_routes_every_documented_route() throws IOException {
        ApiClient api = new ApiClient(platform.port());
        String token = api.newUser("apidocs");
        List<String> routes = documented().stream()
                .sorted(Comparator.comparing((String r) -> r.endsWith("/logout")))
                .toList();

        assertThat(routes).allSatisfy(route -> {
            String method = route.substring(0, route.indexOf(' '));
            String path = PARAM.matcher(route.substring(route.indexOf(' ') + 1)).replaceAll("x");
            ApiResponse answer = api.call(method, path, null, token);
            assertThat(answer.text()).as(route).doesNotContain("no route for");
        });
    }

    static List<String> documented() throws IOException {
        Matcher m = HEADING.matcher(Files.readString(API_MD));
        List<String> routes = new ArrayList<>();
        while (m.find()) {
            routes.add(m.group(1) + " " + m.group(2));
        }
        return routes;
    }

    private static boolean servedApi(String route) {
        String path = route.substring(route.indexOf(' ') + 1);
        return path.startsWith("/v1/")
                || path.startsWith("/api/")
                || path.startsWith("/health")
                || path.equals("/metrics");
    }

    private static String shape(String route) {
        return PARAM.matcher(route).replaceAll("{}");
    }

    private static Set<String> difference(Set<String> a, Set<String> b) {
        Set<String> out = new TreeSet<>(a);
        out.removeAll(b);
        return out;
    }
}
