package io.dotportion.server.gateway;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.engine.CompiledWorkflow;
import io.dotportion.core.engine.ExecutionRequest;
import io.dotportion.core.engine.ExecutionResult;
import io.dotportion.core.model.HttpMethod;
import io.dotportion.core.model.RoutePath;
import io.dotportion.core.port.Project;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Old slugs in the route table: they lead to the project's current routes until they end, and go with it. */
class SlugRedirectTableTest {
    private static final Instant NOW = Instant.parse("2026-01-01T00:00:00Z");
    private static final ProjectKey NEW = new ProjectKey("ada", "store");
    private static final ProjectKey OLD = new ProjectKey("ada", "shop");

    @Test
    void an_old_key_leads_to_the_projects_routes_under_its_current_key_until_it_ends() {
        RouteTable table =
                served().redirecting("p1", "ada", List.of(new Project.SlugRedirect("shop", NOW.plusSeconds(5))));

        assertThat(table.find(OLD)).isEmpty();
        assertThat(table.redirectTarget(OLD, NOW).orElseThrow().key()).isEqualTo(NEW);
        assertThat(table.redirectTarget(OLD, NOW.plusSeconds(5))).isEmpty();
        assertThat(table.redirectTarget(new ProjectKey("bob", "shop"), NOW)).isEmpty();
    }

    @Test
    void redirects_survive_deploys_and_rekeys_and_go_with_the_project() {
        RouteTable table =
                served().redirecting("p1", "ada", List.of(new Project.SlugRedirect("shop", NOW.plusSeconds(5))));

        RouteTable rekeyed =
                table.with("p1", NEW, route("w2", "/other")).rekeyed("p1", new ProjectKey("ada", "market"));

        assertThat(rekeyed.redirectTarget(OLD, NOW).orElseThrow().key()).isEqualTo(new ProjectKey("ada", "market"));
        assertThat(rekeyed.withoutProject("p1").redirects()).isEmpty();
        assertThat(rekeyed.redirecting("p1", "ada", List.of()).redirectTarget(OLD, NOW))
                .isEmpty();
    }

    @Test
    void an_old_key_of_a_project_with_nothing_deployed_leads_nowhere() {
        RouteTable table = RouteTable.empty()
                .redirecting("p1", "ada", List.of(new Project.SlugRedirect("shop", NOW.plusSeconds(5))));

        assertThat(table.redirectTarget(OLD, NOW)).isEmpty();
    }

    @Test
    void the_redirect_keeps_the_raw_path_after_the_owner_and_slug() {
        assertThat(SlugRedirectAnswer.rest("/api/ada/shop/items/7")).isEqualTo("/items/7");
        assertThat(SlugRedirectAnswer.rest("/api/ada/shop")).isEmpty();
        assertThat(SlugRedirectAnswer.rest("/api/ada/shop/")).isEqualTo("/");
        assertThat(SlugRedirectAnswer.rest("/api//ada//shop/a%2Fb//c")).isEqualTo("/a%2Fb//c");
    }

    private static RouteTable served() {
        return RouteTable.empty().with("p1", NEW, route("w1", "/items/{id}"));
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
