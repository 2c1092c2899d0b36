package io.dotportion.server.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The "CRUD on a collection" template, applied to a project, deployed and called over HTTP: every endpoint
 * answers its status, request parameters are validated (400 with every failing field), a well-formed id with no
 * item answers 404, and the collection's schema is in place.
 */
@PlatformTest
class CrudCollectionTest {
    private static final String TEMPLATE = "crud-collection";
    private static final String MISSING_ID = "0123456789abcdef01234567";

    private SignedUpUser user;
    private String pid;
    private String base;

    @BeforeAll
    @SuppressWarnings("unchecked")
    void applyAndDeploy(SignedUpUser owner) {
        user = owner;
        pid = user.newProject("inventory");
        base = user.base("inventory");
        Map<String, Object> applied = user.post("/v1/projects/" + pid + "/templates/" + TEMPLATE, null)
                .expect(201)
                .map();
        assertThat(applied).containsEntry("ready", true);
        for (Object w : (List<Object>) applied.get("workflows")) {
            user.post("/v1/workflows/" + ((Map<String, Object>) w).get("id") + "/deploy", null)
                    .expect(200);
        }
    }

    private ApiResponse call(String method, String path, Object body) {
        return user.api().call(method, base + path, body, null);
    }

    private String create(String name, int quantity) {
        Map<String, Object> created = call("POST", "/items", Map.of("name", name, "quantity", quantity))
                .expect(201)
                .map();
        assertThat(created).containsEntry("name", name).containsEntry("quantity", quantity);
        return (String) created.get("id");
    }

    private static List<Object> names(List<Object> items) {
        return items.stream().<Object>map(i -> ((Map<?, ?>) i).get("name")).toList();
    }

    @Test
    void the_template_is_listed_with_its_five_endpoints_and_its_collection() {
        Map<?, ?> listed = user.get("/v1/templates").expect(200).list().stream()
                .map(t -> (Map<?, ?>) t)
                .filter(t -> TEMPLATE.equals(t.get("id")))
                .findFirst()
                .orElseThrow();

        assertThat(((List<?>) listed.get("workflows"))
                        .stream()
                                .map(w -> ((Map<?, ?>) w).get("method") + " " + ((Map<?, ?>) w).get("path"))
                                .toList())
                .containsExactly(
                        "POST /items", "GET /items", "GET /items/{id}", "PUT /items/{id}", "DELETE /items/{id}");
        assertThat(listed.get("collections")).isEqualTo(List.of("items"));
        assertThat(listed.get("secrets")).isEqualTo(List.of());
        assertThat(user.get("/v1/projects/" + pid + "/data/collections/items/schema")
                        .expect(200)
                        .map()
                        .get("schema"))
                .asString()
                .contains("name");
    }

    @Test
    void create_answers_201_and_get_answers_the_stored_item() {
        String id = create("hammer", 3);

        assertThat(id).matches("[0-9a-f]{24}");
        assertThat(call("GET", "/items/" + id, null).expect(200).map())
                .isEqualTo(Map.of("id", id, "name", "hammer", "quantity", 3));
    }

    @Test
    void a_missing_quantity_defaults_to_zero() {
        Map<String, Object> created =
                call("POST", "/items", Map.of("name", "nail")).expect(201).map();

        assertThat(created).containsEntry("quantity", 0);
    }

    @Test
    void create_refuses_a_bad_body_naming_every_failing_field() {
        ApiResponse bad = call("POST", "/items", Map.of("name", "", "quantity", -1));
        ApiResponse missing = call("POST", "/items", Map.of("quantity", 2));

        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.error()).isEqualTo("INVALID_REQUEST");
        assertThat(bad.text()).contains("name", "quantity");
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.text()).contains("name");
    }

    @Test
    @SuppressWarnings("unchecked")
    void list_pages_the_items_in_creation_order_with_limit_and_skip() {
        String pid2 = user.newProject("paging");
        String base2 = user.base("paging");
        Map<String, Object> applied = user.post("/v1/projects/" + pid2 + "/templates/" + TEMPLATE, null)
                .expect(201)
                .map();
        for (Object w : (List<Object>) applied.get("workflows")) {
            user.post("/v1/workflows/" + ((Map<String, Object>) w).get("id") + "/deploy", null)
                    .expect(200);
        }
        for (String name : List.of("a", "b", "c")) {
            user.api()
                    .call("POST", base2 + "/items", Map.of("name", name), null)
                    .expect(201);
        }

        List<Object> all =
                user.api().call("GET", base2 + "/items", null, null).expect(200).list();
        List<Object> page = user.api()
                .call("GET", base2 + "/items?limit=1&skip=1", null, null)
                .expect(200)
                .list();
        ApiResponse tooMany = user.api().call("GET", base2 + "/items?limit=1000", null, null);

        assertThat(names(all)).containsExactly("a", "b", "c");
        assertThat(all)
                .allSatisfy(i -> assertThat(List.<Object>copyOf(((Map<?, ?>) i).keySet()))
                        .containsOnly("id", "name", "quantity"));
        assertThat(names(page)).containsExactly("b");
        assertThat(tooMany.status()).isEqualTo(400);
        assertThat(tooMany.text()).contains("limit");
    }

    @Test
    void update_replaces_the_fields_and_a_missing_id_is_404() {
        String id = create("saw", 1);

        Map<String, Object> updated = call("PUT", "/items/" + id, Map.of("name", "hand saw", "quantity", 2))
                .expect(200)
                .map();
        ApiResponse missing = call("PUT", "/items/" + MISSING_ID, Map.of("name", "ghost"));
        ApiResponse invalid = call("PUT", "/items/" + id, Map.of("quantity", "many"));

        assertThat(updated).isEqualTo(Map.of("id", id, "name", "hand saw", "quantity", 2));
        assertThat(call("GET", "/items/" + id, null).expect(200).map()).containsEntry("name", "hand saw");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.error()).isEqualTo("NOT_FOUND");
        assertThat(invalid.status()).isEqualTo(400);
        assertThat(invalid.text()).contains("name", "quantity");
    }

    @Test
    void delete_answers_204_then_the_item_is_gone() {
        String id = create("drill", 1);

        ApiResponse deleted = call("DELETE", "/items/" + id, null);
        ApiResponse again = call("DELETE", "/items/" + id, null);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(deleted.text()).isEmpty();
        assertThat(again.status()).isEqualTo(404);
        assertThat(call("GET", "/items/" + id, null).status()).isEqualTo(404);
    }

    @Test
    void an_id_that_is_not_an_object_id_is_a_bad_request_on_every_item_route() {
        for (String method : List.of("GET", "PUT", "DELETE")) {
            ApiResponse answer = call(method, "/items/not-an-id", method.equals("PUT") ? Map.of("name", "x") : null);

            assertThat(answer.status()).as(method).isEqualTo(400);
            assertThat(answer.error()).as(method).isEqualTo("INVALID_REQUEST");
            assertThat(answer.text()).as(method).contains("id");
        }
        assertThat(call("GET", "/items/" + MISSING_ID, null).status()).isEqualTo(404);
    }
}
