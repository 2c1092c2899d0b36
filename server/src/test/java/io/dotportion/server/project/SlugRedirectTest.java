package io.dotportion.server.project;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.core.testing.TestClock;
import io.dotportion.nodes.response.ResponseNode;
import io.dotportion.server.gateway.GatewaySettings;
import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.RunningPlatform;
import io.dotportion.server.support.SignedUpUser;
import io.dotportion.server.support.Workflows;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A renamed project's old slug answers 308 to the same path and query under the new slug, for the redirect
 * period or until the owner ends it; while it redirects, no other project of the owner can take the slug.
 */
@PlatformTest
class SlugRedirectTest {
    private static final String APP = "https://app.example.com";

    private final ApiClient api;
    private final String token;
    private final String owner;
    private final TestClock clock;
    private final int port;

    SlugRedirectTest(SignedUpUser user, TestClock clock, RunningPlatform platform) {
        this.api = user.api();
        this.token = user.token();
        this.owner = user.username();
        this.clock = clock;
        this.port = platform.port();
    }

    @Test
    void the_old_slug_answers_308_to_the_same_path_and_query_under_the_new_slug() {
        String id = deployedProject("shop-a");
        rename(id, "store-a");

        ApiResponse r = api.get("/api/" + owner + "/shop-a/items/7?page=2&q=a%20b&q=c", null);

        assertThat(r.status()).isEqualTo(308);
        assertThat(ApiClient.header(r, "Location")).isEqualTo("/api/" + owner + "/store-a/items/7?page=2&q=a%20b&q=c");
        assertThat(ApiClient.header(r, "Cache-Control")).isEqualTo("no-store");
        assertThat(r.text()).isEmpty();
        assertThat(api.get(ApiClient.header(r, "Location"), null).expect(200).map())
                .containsEntry("id", "7")
                .containsEntry("q", "a b");
        assertThat(api.call("HEAD", "/api/" + owner + "/shop-a/items/7", null, null)
                        .status())
                .isEqualTo(308);
    }

    @Test
    void a_post_to_the_old_slug_is_redirected_with_308_so_that_a_client_resends_it_with_its_body()
            throws IOException, InterruptedException {
        String id = deployedProject("shop-b");
        rename(id, "store-b");
        HttpClient following = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NORMAL)
                .build();

        HttpResponse<String> answer = following.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/" + owner + "/shop-b/echo"))
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString("{\"name\":\"ada\"}"))
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(answer.statusCode()).isEqualTo(200);
        assertThat(answer.body()).contains("\"hello\":\"ada\"");
        assertThat(answer.uri().getPath()).isEqualTo("/api/" + owner + "/store-b/echo");
        assertThat(answer.previousResponse().orElseThrow().statusCode()).isEqualTo(308);
    }

    @Test
    void the_project_shows_its_old_slugs_with_the_end_of_their_redirect() {
        String id = deployedProject("shop-c");
        Instant before = clock.instant();

        Map<String, Object> renamed = rename(id, "store-c");

        List<?> redirects = (List<?>) renamed.get("slugRedirects");
        assertThat(redirects).hasSize(1);
        Map<?, ?> redirect = (Map<?, ?>) redirects.getFirst();
        assertThat(redirect.get("slug")).isEqualTo("shop-c");
        Instant until = Instant.parse((String) redirect.get("until"));
        assertThat(until)
                .isAfterOrEqualTo(before.plus(GatewaySettings.DEFAULT_SLUG_REDIRECT_PERIOD)
                        .minusMillis(1))
                .isBeforeOrEqualTo(clock.instant().plus(GatewaySettings.DEFAULT_SLUG_REDIRECT_PERIOD));
        assertThat(api.get("/v1/projects/" + id, token).expect(200).map().get("slugRedirects"))
                .isEqualTo(redirects);
    }

    @Test
    void renaming_twice_keeps_both_old_slugs_redirecting_to_the_newest() {
        String id = deployedProject("one-d");
        rename(id, "two-d");

        List<?> redirects = (List<?>) rename(id, "three-d").get("slugRedirects");

        assertThat(slugs(redirects)).containsExactlyInAnyOrder("one-d", "two-d");
        for (String old : List.of("one-d", "two-d")) {
            assertThat(ApiClient.header(api.get("/api/" + owner + "/" + old + "/items/1", null), "Location"))
                    .isEqualTo("/api/" + owner + "/three-d/items/1");
        }
    }

    @Test
    void an_ended_redirect_answers_404_and_frees_the_slug() {
        String id = deployedProject("shop-e");
        rename(id, "store-e");

        api.delete("/v1/projects/" + id + "/slug-redirects/shop-e", token).expect(204);

        assertThat(api.get("/api/" + owner + "/shop-e/items/1", null).status()).isEqualTo(404);
        assertThat(api.get("/v1/projects/" + id, token).expect(200).map().get("slugRedirects"))
                .isEqualTo(List.of());
        assertThat(api.delete("/v1/projects/" + id + "/slug-redirects/shop-e", token)
                        .status())
                .isEqualTo(404);
        api.newProject(token, "shop-e");
    }

    @Test
    void another_project_cannot_take_an_old_slug_while_it_redirects() {
        String id = deployedProject("shop-f");
        rename(id, "store-f");
        String other = api.newProject(token, "other-f");

        ApiResponse created = api.post("/v1/projects", Map.of("name", "New", "slug", "shop-f"), token);
        ApiResponse renamed = api.call("PATCH", "/v1/projects/" + other, Map.of("slug", "shop-f"), token);
        ApiResponse current = api.call("PATCH", "/v1/projects/" + other, Map.of("slug", "store-f"), token);

        for (ApiResponse r : List.of(created, renamed)) {
            assertThat(r.status()).isEqualTo(409);
            assertThat(r.map()).containsEntry("error", "CONFLICT");
            assertThat(r.map().get("message").toString()).contains("still redirects");
        }
        assertThat(current.status()).isEqualTo(409);
        assertThat(current.map().get("message").toString()).contains("already have a project with this slug");
        assertThat(SignedUpUser.signUp(api, "elsewhere").newProject("shop-f")).isNotBlank();
    }

    @Test
    void the_owner_takes_an_old_slug_back_and_the_newer_one_redirects_instead() {
        String id = deployedProject("shop-g");
        rename(id, "store-g");

        List<?> redirects = (List<?>) rename(id, "shop-g").get("slugRedirects");

        assertThat(slugs(redirects)).containsExactly("store-g");
        assertThat(api.get("/api/" + owner + "/shop-g/items/1", null).status()).isEqualTo(200);
        assertThat(ApiClient.header(api.get("/api/" + owner + "/store-g/items/1", null), "Location"))
                .isEqualTo("/api/" + owner + "/shop-g/items/1");
    }

    @Test
    void a_preflight_on_the_old_slug_is_answered_as_on_the_new_one_and_the_redirect_carries_cors() {
        String id = deployedProject("shop-h");
        api.call(
                        "PATCH",
                        "/v1/projects/" + id,
                        Map.of("cors", Map.of("enabled", true, "allowedOrigins", List.of(APP))),
                        token)
                .expect(200);
        rename(id, "store-h");

        ApiResponse preflight = api.raw(
                "OPTIONS",
                "/api/" + owner + "/shop-h/echo",
                null,
                null,
                Map.of("Origin", APP, "Access-Control-Request-Method", "POST"));
        ApiResponse redirect = api.raw("GET", "/api/" + owner + "/shop-h/items/1", null, null, Map.of("Origin", APP));

        assertThat(preflight.status()).isEqualTo(204);
        assertThat(ApiClient.header(preflight, "Access-Control-Allow-Origin")).isEqualTo(APP);
        assertThat(redirect.status()).isEqualTo(308);
        assertThat(ApiClient.header(redirect, "Access-Control-Allow-Origin")).isEqualTo(APP);
    }

    @Test
    void the_published_openapi_document_of_the_old_slug_redirects_too() {
        String id = deployedProject("shop-j");
        rename(id, "store-j");

        ApiResponse r = api.get("/api/" + owner + "/shop-j/openapi.json", null);

        assertThat(r.status()).isEqualTo(308);
        assertThat(ApiClient.header(r, "Location")).isEqualTo("/api/" + owner + "/store-j/openapi.json");
        assertThat(api.get("/api/" + owner + "/store-j/openapi.json", null).status())
                .isEqualTo(200);
        assertThat(api.get("/api/" + owner + "/never-j/openapi.json", null).status())
                .isEqualTo(404);
    }

    @Test
    void only_a_path_under_an_old_slug_redirects_not_a_path_of_another_owner_or_an_unknown_slug() {
        String id = deployedProject("shop-i");
        rename(id, "store-i");

        assertThat(api.get("/api/" + owner + "/never-i/items/1", null).status()).isEqualTo(404);
        assertThat(api.get("/api/nobody-else/shop-i/items/1", null).status()).isEqualTo(404);
        assertThat(api.get("/api/" + owner + "/shop-i", null).status()).isEqualTo(308);
    }

    private static List<Object> slugs(List<?> redirects) {
        return redirects.stream()
                .map(r -> ((Map<?, ?>) r).get("slug"))
                .map(Object.class::cast)
                .toList();
    }

    private Map<String, Object> rename(String projectId, String slug) {
        return api.call("PATCH", "/v1/projects/" + projectId, Map.of("slug", slug), token)
                .expect(200)
                .map();
    }

    private String deployedProject(String slug) {
        String id = api.newProject(token, slug);
        api.deploy(
                token,
                api.newWorkflow(
                        token,
                        id,
                        Workflows.chain(
                                "Item",
                                "GET",
                                "/items/{id}",
                                List.of(Workflows.node(
                                        "answer",
                                        ResponseNode.ID,
                                        Map.of(
                                                "status",
                                                200,
                                                "body",
                                                Map.of("id", "{{request.params.id}}", "q", "{{request.query.q}}")))))));
        api.deploy(token, api.newWorkflow(token, id, ApiClient.fixture("echo.json")));
        return id;
    }
}
