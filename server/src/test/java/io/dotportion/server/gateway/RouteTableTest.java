package io.dotportion.server.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.engine.CompiledWorkflow;
import io.dotportion.core.engine.ExecutionRequest;
import io.dotportion.core.engine.ExecutionResult;
import io.dotportion.core.model.HttpMethod;
import io.dotportion.core.model.RoutePath;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RouteTableTest {
    static final ProjectKey SHOP = new ProjectKey("ada", "shop");

    @Test
    void the_route_with_more_literal_segments_wins_whatever_the_order_of_deploys() {
        RouteTable table = RouteTable.empty()
                .with("p1", SHOP, route("w1", "/users/{id}"))
                .with("p1", SHOP, route("w2", "/users/me"));
        ProjectRoutes routes = table.find(SHOP).orElseThrow();
        assertThat(routes.match(HttpMethod.GET, List.of("users", "me"))
                        .orElseThrow()
                        .route()
                        .workflowId())
                .isEqualTo("w2");
        ProjectRoutes.Match byParam =
                routes.match(HttpMethod.GET, List.of("users", "7")).orElseThrow();
        assertThat(byParam.route().workflowId()).isEqualTo("w1");
        assertThat(byParam.params()).isEqualTo(Map.of("id", "7"));
        assertThat(routes.match(HttpMethod.POST, List.of("users", "7"))).isEmpty();
    }

    @Test
    void a_clash_is_the_same_method_and_path_shape_from_another_workflow() {
        ProjectRoutes routes = RouteTable.empty()
                .with("p1", SHOP, route("w1", "/users/{id}"))
                .find(SHOP)
                .orElseThrow();
        assertThat(routes.clash(route("w2", "/users/{userId}"))).isPresent();
        assertThat(routes.clash(route("w1", "/users/{userId}"))).isEmpty();
        assertThat(routes.clash(route("w2", "/users/{id}/posts"))).isEmpty();
    }

    @Test
    void redeploying_replaces_and_removing_the_last_route_forgets_the_project() {
        RouteTable table =
                RouteTable.empty().with("p1", SHOP, route("w1", "/a")).with("p1", SHOP, route("w1", "/b"));
        ProjectRoutes routes = table.find(SHOP).orElseThrow();
        assertThat(routes.match(HttpMethod.GET, List.of("a"))).isEmpty();
        assertThat(routes.match(HttpMethod.GET, List.of("b"))).isPresent();
        assertThat(table.without("p1", "w1").find(SHOP)).isEmpty();
    }

    @Test
    void rekeying_a_project_moves_all_its_routes() {
        ProjectKey renamed = new ProjectKey("ada", "store");
        RouteTable table =
                RouteTable.empty().with("p1", SHOP, route("w1", "/a")).rekeyed("p1", renamed);
        assertThat(table.find(SHOP)).isEmpty();
        assertThat(table.find(renamed).orElseThrow().match(HttpMethod.GET, List.of("a")))
                .isPresent();
        assertThat(table.withoutProject("p1").find(renamed)).isEmpty();
    }

    private static Route route(String workflowId, String path) {
        RoutePath parsed = RoutePath.parse(path);
        CompiledWorkflow plan = new CompiledWorkflow() {
            @Override
            public String method() {
                return "GET";
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
        return new Route(workflowId, "wf " + workflowId, 1, HttpMethod.GET, parsed, plan);
    }
}
