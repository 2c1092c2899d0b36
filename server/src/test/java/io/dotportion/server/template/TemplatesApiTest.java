package io.dotportion.server.template;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.nodes.logic.LogicNodeType;
import io.dotportion.secrets.vault.SecretType;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.SignedUpUser;
import io.dotportion.server.support.Workflows;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** {@code GET /v1/templates} and applying a template to a project, over HTTP. */
@PlatformTest(egressAllow = "127.0.0.1")
class TemplatesApiTest {
    private static final String TEMPLATE = "signup-login-me";

    @SuppressWarnings("unchecked")
    private static Map<String, Object> map(Object value) {
        return (Map<String, Object>) value;
    }

    private static String apply(String projectId) {
        return "/v1/projects/" + projectId + "/templates/" + TEMPLATE;
    }

    @Test
    void the_templates_are_listed_in_order_and_signup_login_me_with_its_workflows_secret_and_collection(
            SignedUpUser user) {
        List<Object> templates = user.get("/v1/templates").expect(200).list();

        assertThat(templates).extracting(t -> map(t).get("id")).containsExactly(TEMPLATE, "crud-collection");
        assertThat(templates.getFirst())
                .satisfies(t -> assertThat(map(t))
                        .containsEntry("id", TEMPLATE)
                        .containsEntry(
                                "workflows",
                                List.of(
                                        Map.of("name", "Sign up", "method", "POST", "path", "/signup"),
                                        Map.of("name", "Log in", "method", "POST", "path", "/login"),
                                        Map.of("name", "Me", "method", "GET", "path", "/me")))
                        .containsEntry("collections", List.of("users"))
                        .containsKey("description"));
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> secrets =
                (List<Map<String, Object>>) ((Map<?, ?>) templates.getFirst()).get("secrets");
        assertThat(secrets)
                .extracting(s -> s.get("name"), s -> s.get("type"))
                .containsExactly(org.assertj.core.groups.Tuple.tuple("jwt", "jwt"));
    }

    @Test
    void applying_without_secrets_creates_drafts_and_says_which_secret_is_missing(SignedUpUser user) {
        String pid = user.newProject("tpl-plain");

        Map<String, Object> answer = user.post(apply(pid), null).expect(201).map();

        assertThat(answer).containsEntry("template", TEMPLATE).containsEntry("ready", false);
        assertThat(answer.get("secrets"))
                .isEqualTo(List.of(Map.of(
                        "name",
                        "jwt",
                        "type",
                        "jwt",
                        "purpose",
                        "signs the tokens /login answers and checks them in /me",
                        "status",
                        "missing")));
        assertThat(answer.get("collections")).isEqualTo(List.of(Map.of("name", "users", "schema", "created")));
        assertThat(user.get("/v1/projects/" + pid + "/workflows").expect(200).list())
                .extracting(w -> ((Map<?, ?>) w).get("path"), w -> ((Map<?, ?>) w).get("deployedVersion"))
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple("/signup", null),
                        org.assertj.core.groups.Tuple.tuple("/login", null),
                        org.assertj.core.groups.Tuple.tuple("/me", null));
        assertThat(user.get("/v1/projects/" + pid + "/secrets").expect(200).list())
                .isEmpty();
        assertThat(user.get("/v1/projects/" + pid + "/data/collections/users/schema")
                        .expect(200)
                        .map()
                        .get("schema"))
                .asString()
                .contains("unique");
    }

    @Test
    void create_secrets_generates_the_jwt_secret_and_a_secret_already_there_is_kept(SignedUpUser user) {
        String generated = user.newProject("tpl-generate");
        String existing = user.newProject("tpl-existing");
        user.put("/v1/projects/" + existing + "/secrets/jwt", Map.of("type", "jwt", "generate", true))
                .expect(201);

        Map<String, Object> first = user.post(apply(generated), Map.of("createSecrets", true))
                .expect(201)
                .map();
        Map<String, Object> second = user.post(apply(existing), Map.of("createSecrets", true))
                .expect(201)
                .map();

        assertThat(first).containsEntry("ready", true);
        assertThat(((List<?>) first.get("secrets")))
                .singleElement()
                .satisfies(s -> assertThat(map(s)).containsEntry("status", "created"));
        assertThat(((List<?>) second.get("secrets")))
                .singleElement()
                .satisfies(s -> assertThat(map(s)).containsEntry("status", "present"));
        assertThat(user.get("/v1/projects/" + existing + "/secrets").expect(200).list())
                .singleElement()
                .satisfies(s -> assertThat(map(s)).containsEntry("version", 1));
        assertThat(first.get("workflows")).asString().doesNotContain("value");
    }

    @Test
    void applying_twice_or_over_a_workflow_at_the_same_path_is_a_conflict_that_writes_nothing(SignedUpUser user) {
        String pid = user.newProject("tpl-twice");
        user.post(apply(pid), null).expect(201);

        ApiResponse again = user.post(apply(pid), Map.of("createSecrets", true));

        assertThat(again.status()).isEqualTo(409);
        assertThat(again.error()).isEqualTo("CONFLICT");
        assertThat((List<?>) again.map().get("workflows")).hasSize(3);
        assertThat(user.get("/v1/projects/" + pid + "/workflows").expect(200).list())
                .hasSize(3);
        assertThat(user.get("/v1/projects/" + pid + "/secrets").expect(200).list())
                .isEmpty();

        String other = user.newProject("tpl-clash");
        user.post(
                        "/v1/projects/" + other + "/workflows",
                        Workflows.single("Mine", "GET", "/me", LogicNodeType.ID, Map.of("code", "return 1;"), 200))
                .expect(201);
        ApiResponse clash = user.post(apply(other), null);
        assertThat(clash.status()).isEqualTo(409);
        assertThat(clash.map().get("workflows")).asString().contains("Mine");
        assertThat(user.get("/v1/projects/" + other + "/workflows").expect(200).list())
                .hasSize(1);
    }

    @Test
    void a_secret_of_the_template_name_and_another_type_is_a_conflict(SignedUpUser user) {
        String pid = user.newProject("tpl-type");
        user.put(
                        "/v1/projects/" + pid + "/secrets/jwt",
                        Map.of("type", SecretType.MONGODB.id(), "value", "mongodb://user:pw@127.0.0.1:1/app"))
                .expect(201);

        ApiResponse answer = user.post(apply(pid), Map.of("createSecrets", true));

        assertThat(answer.status()).isEqualTo(409);
        assertThat(answer.map()).containsEntry("secret", "jwt");
        assertThat(user.get("/v1/projects/" + pid + "/workflows").expect(200).list())
                .isEmpty();
    }

    @Test
    void an_unknown_template_or_another_users_project_is_not_found(SignedUpUser owner, SignedUpUser stranger) {
        String pid = owner.newProject("tpl-private");

        assertThat(owner.post("/v1/projects/" + pid + "/templates/nope", null).status())
                .isEqualTo(404);
        assertThat(stranger.post(apply(pid), null).status()).isEqualTo(404);
        assertThat(owner.get("/v1/projects/" + pid + "/workflows").expect(200).list())
                .isEmpty();
    }
}
