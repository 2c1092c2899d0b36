package io.dotportion.server.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.engine.CompiledWorkflow;
import io.dotportion.core.engine.ExecutionRequest;
import io.dotportion.core.engine.ExecutionResult;
import io.dotportion.core.model.HttpMethod;
import io.dotportion.core.model.RoutePath;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The route index: exact paths by map, parameterised paths per length, per method, as a full scan chose. */
class RouteMatchingTest {
    private static final ProjectKey SHOP = new ProjectKey("ada", "shop");

    @Test
    void an_exact_path_is_found_among_many_and_a_parameterised_one_binds_its_values() {
        ProjectRoutes routes = routes(
                route("w1", HttpMethod.GET, "/orders"),
                route("w2", HttpMethod.GET, "/orders/{id}"),
                route("w3", HttpMethod.GET, "/orders/{id}/lines/{line}"),
                route("w4", HttpMethod.GET, "/"));
        assertThat(served(routes, HttpMethod.GET, "orders")).isEqualTo("w1");
        assertThat(served(routes, HttpMethod.GET)).isEqualTo("w4");
        ProjectRoutes.Match line = routes.find(HttpMethod.GET, List.of("orders", "7", "lines", "2"));
        assertThat(line.route().workflowId()).isEqualTo("w3");
        assertThat(line.params()).isEqualTo(Map.of("id", "7", "line", "2"));
        assertThat(routes.find(HttpMethod.GET, List.of("orders")).params()).isEmpty();
    }

    @Test
    void overlapping_paths_go_to_the_one_with_more_literal_segments_whatever_the_order() {
        List<Route> all = List.of(
                route("params", HttpMethod.GET, "/{a}/{b}"),
                route("left", HttpMethod.GET, "/users/{b}"),
                route("right", HttpMethod.GET, "/{a}/me"),
                route("exact", HttpMethod.GET, "/users/me"));
        for (int shift = 0; shift < all.size(); shift++) {
            ProjectRoutes routes = routes(rotated(all, shift).toArray(Route[]::new));
            assertThat(served(routes, HttpMethod.GET, "users", "me")).isEqualTo("exact");
            assertThat(served(routes, HttpMethod.GET, "users", "you")).isEqualTo("left");
            assertThat(served(routes, HttpMethod.GET, "them", "me")).isEqualTo("right");
            assertThat(served(routes, HttpMethod.GET, "them", "you")).isEqualTo("params");
        }
    }

    @Test
    void two_templates_with_as_many_literals_go_to_the_first_by_text() {
        ProjectRoutes routes = routes(route("b", HttpMethod.GET, "/{x}/b"), route("a", HttpMethod.GET, "/a/{y}"));
        assertThat(served(routes, HttpMethod.GET, "a", "b")).isEqualTo("a");
        assertThat(served(routes, HttpMethod.GET, "c", "b")).isEqualTo("b");
    }

    @Test
    void a_path_matches_only_the_routes_of_its_method_and_its_length() {
        ProjectRoutes routes = routes(
                route("get", HttpMethod.GET, "/items/{id}"),
                route("post", HttpMethod.POST, "/items"),
                route("delete", HttpMethod.DELETE, "/items/{id}"));
        assertThat(served(routes, HttpMethod.GET, "items", "1")).isEqualTo("get");
        assertThat(served(routes, HttpMethod.DELETE, "items", "1")).isEqualTo("delete");
        assertThat(served(routes, HttpMethod.POST, "items")).isEqualTo("post");
        assertThat(routes.find(HttpMethod.POST, List.of("items", "1"))).isNull();
        assertThat(routes.find(HttpMethod.PUT, List.of("items"))).isNull();
        assertThat(routes.find(HttpMethod.GET, List.of("items"))).isNull();
        assertThat(routes.find(HttpMethod.GET, List.of("items", "1", "2"))).isNull();
        assertThat(routes.find(HttpMethod.GET, List.of())).isNull();
        assertThat(routes.methodsAt(List.of("items", "1"))).isEqualTo(EnumSet.of(HttpMethod.GET, HttpMethod.DELETE));
        assertThat(routes.methodsAt(List.of("items"))).isEqualTo(EnumSet.of(HttpMethod.POST));
        assertThat(routes.methodsAt(List.of("other"))).isEmpty();
    }

    @Test
    void a_template_with_a_trailing_slash_is_the_same_path_and_a_literal_is_compared_decoded() {
        ProjectRoutes routes =
                routes(route("slash", HttpMethod.GET, "/a/b/"), route("encoded", HttpMethod.GET, "/x%20y"));
        assertThat(served(routes, HttpMethod.GET, "a", "b")).isEqualTo("slash");
        assertThat(routes.find(HttpMethod.GET, List.of("a/b"))).isNull();
        assertThat(served(routes, HttpMethod.GET, "x%20y")).isEqualTo("encoded");
        assertThat(routes.find(HttpMethod.GET, List.of("x y"))).isNull();
        assertThat(routes.find(HttpMethod.GET, List.of("A", "B"))).isNull();
    }

    @Test
    void a_parameter_binds_the_decoded_segment_as_it_is() {
        ProjectRoutes routes = routes(route("w", HttpMethod.GET, "/files/{name}"));
        assertThat(routes.find(HttpMethod.GET, List.of("files", "a/b c")).params())
                .isEqualTo(Map.of("name", "a/b c"));
    }

    @Test
    void removing_a_workflow_removes_it_from_the_index() {
        ProjectRoutes routes = routes(route("w1", HttpMethod.GET, "/a"), route("w2", HttpMethod.GET, "/{x}"));
        assertThat(served(routes, HttpMethod.GET, "a")).isEqualTo("w1");
        assertThat(served(routes.without("w1"), HttpMethod.GET, "a")).isEqualTo("w2");
        assertThat(routes.without("w2").find(HttpMethod.GET, List.of("b"))).isNull();
    }

    private static String served(ProjectRoutes routes, HttpMethod method, String... segments) {
        ProjectRoutes.Match match = routes.find(method, List.of(segments));
        assertThat(match).as("a route for %s %s", method, List.of(segments)).isNotNull();
        assertThat(routes.match(method, List.of(segments))).contains(match);
        return match.route().workflowId();
    }

    private static ProjectRoutes routes(Route... routes) {
        ProjectRoutes project = ProjectRoutes.empty("p1", SHOP);
        for (Route route : routes) {
            project = project.with(route);
        }
        return project;
    }

    private static <T> List<T> rotated(List<T> items, int shift) {
        List<T> out = new java.util.ArrayList<>(items.subList(shift, items.size()));
        out.addAll(items.subList(0, shift));
        return out;
    }

    private static Route route(String workflowId, HttpMethod method, String path) {
        RoutePath parsed = RoutePath.parse(path);
        CompiledWorkflow plan = new CompiledWorkflow() {
            @Override
            public String method() {
                return method.name();
            }

            @Override
            public RoutePath path() {
                return parsed;
            }

            @Override
            public ExecutionResult execute(ExecutionRequest request) {
                return new ExecutionResult(200, Map.of(), null, null, null, List.of(), 0);
            }
        };
        return new Route(workflowId, "wf " + workflowId, 1, method, parsed, plan);
    }
}
