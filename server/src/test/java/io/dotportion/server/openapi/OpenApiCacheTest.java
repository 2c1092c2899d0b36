package io.dotportion.server.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.model.HttpMethod;
import io.dotportion.core.model.RoutePath;
import io.dotportion.core.model.WorkflowDocument;
import io.dotportion.core.model.WorkflowDocuments;
import io.dotportion.core.port.Project;
import io.dotportion.core.port.ProjectStore;
import io.dotportion.core.port.UserStore;
import io.dotportion.core.port.WorkflowStore;
import io.dotportion.core.port.WorkflowVersion;
import io.dotportion.server.gateway.ProjectKey;
import io.dotportion.server.gateway.ProjectKeys;
import io.dotportion.server.gateway.Route;
import io.dotportion.server.gateway.Routes;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.BuiltInNodeTypes;
import java.lang.reflect.Proxy;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

class OpenApiCacheTest {
    private static final ProjectKey KEY = new ProjectKey("ada", "shop");
    private final AtomicInteger versionReads = new AtomicInteger();
    private final AtomicReference<Project> project =
            new AtomicReference<>(project(Instant.parse("2025-01-01T00:00:00Z")));
    private final Routes routes = new Routes();
    private final OpenApiCache cache = new OpenApiCache(
            routes,
            stub(ProjectStore.class, "byId", project::get),
            stub(WorkflowStore.class, "version", () -> {
                versionReads.incrementAndGet();
                return version();
            }),
            new ProjectKeys(stub(UserStore.class, "none", () -> null)),
            BuiltInNodeTypes.registry(),
            10);

    /** An implementation answering one method (wrapped in Optional) and refusing every other. */
    private static <T> T stub(Class<T> type, String method, java.util.function.Supplier<Object> answer) {
        return type.cast(Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (proxy, m, args) -> {
            if (m.getName().equals(method)) {
                return Optional.ofNullable(answer.get());
            }
            throw new UnsupportedOperationException(m.getName());
        }));
    }

    private static Project project(Instant updatedAt) {
        return new Project(
                "p1",
                "u1",
                "Shop",
                "shop",
                Project.Cors.disabled(),
                Project.RateLimit.disabled(),
                updatedAt,
                updatedAt,
                List.of(),
                false);
    }

    private static WorkflowVersion version() {
        WorkflowDocument doc =
                WorkflowDocuments.read(ApiClient.fixture("get-user.json")).document();
        return new WorkflowVersion("w1", "p1", 1, doc, "u1", Instant.EPOCH);
    }

    private void deploy(int version) {
        Route route = new Route("w1", "Get user", version, HttpMethod.GET, RoutePath.parse("/users/{id}"), null);
        routes.update(table -> table.with("p1", KEY, route));
    }

    @Test
    void the_document_is_built_once_per_deploy_not_per_request() {
        deploy(1);
        byte[] first = cache.published(KEY).orElseThrow();
        byte[] second = cache.published(KEY).orElseThrow();

        assertThat(second).isSameAs(first);
        assertThat(versionReads).hasValue(1);

        deploy(2);
        assertThat(cache.published(KEY).orElseThrow()).isNotSameAs(first);
        assertThat(versionReads).hasValue(2);
    }

    @Test
    void a_settings_change_of_the_project_rebuilds_the_document() {
        deploy(1);
        byte[] first = cache.published(KEY).orElseThrow();
        project.set(project(Instant.parse("2025-02-01T00:00:00Z")));

        assertThat(cache.published(KEY).orElseThrow()).isNotSameAs(first);
        assertThat(versionReads).hasValue(2);
    }

    @Test
    void a_project_without_deployed_routes_has_no_published_document() {
        assertThat(cache.published(KEY)).isEmpty();
    }
}
