package io.dotportion.server.teams;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Inviting, changing, removing and leaving; a project always keeps an owner. */
@PlatformTest
class MembershipTest {
    private final ApiClient api;

    MembershipTest(ApiClient api) {
        this.api = api;
    }

    @Test
    void a_member_is_invited_by_username_an_email_is_not_looked_up_and_an_unknown_user_answers_404() {
        String owner = api.newUser("inviter");
        String project = api.newProject(owner, "invites");
        String guest = api.newUser("guest");
        String email =
                api.get("/v1/auth/me", guest).expect(200).map().get("email").toString();
        ApiResponse byEmail = api.post(members(project), Map.of("email", email, "role", "editor"), owner);
        ApiResponse byUnknownEmail =
                api.post(members(project), Map.of("email", "nobody-at-all@example.com", "role", "editor"), owner);
        assertThat(byEmail.status()).isEqualTo(400);
        assertThat(byEmail.text()).isEqualTo(byUnknownEmail.text());
        Map<String, Object> added = api.post(
                        members(project), Map.of("username", api.username(guest), "role", "editor"), owner)
                .expect(201)
                .map();
        assertThat(added).containsEntry("username", api.username(guest)).containsEntry("role", "editor");
        assertThat(api.post(members(project), Map.of("username", api.username(guest), "role", "viewer"), owner)
                        .status())
                .isEqualTo(409);
        assertThat(api.post(members(project), Map.of("username", "nobody-here", "role", "viewer"), owner)
                        .expect(404)
                        .error())
                .isEqualTo("NOT_FOUND");
        assertThat(api.post(members(project), Map.of("username", api.username(guest), "role", "admin"), owner)
                        .status())
                .isEqualTo(400);
        assertThat(api.get(members(project), guest).expect(200).list()).hasSize(2);
    }

    @Test
    void the_last_owner_can_neither_leave_nor_be_demoted_until_another_owner_exists() {
        String owner = api.newUser("founder");
        String ownerId = id(owner);
        String project = api.newProject(owner, "keep-owner");
        assertThat(api.delete(members(project) + "/" + ownerId, owner)
                        .expect(409)
                        .error())
                .isEqualTo("LAST_OWNER");
        assertThat(api.call("PATCH", members(project) + "/" + ownerId, Map.of("role", "editor"), owner)
                        .expect(409)
                        .error())
                .isEqualTo("LAST_OWNER");

        String second = api.newUser("heir");
        api.post(members(project), Map.of("username", api.username(second), "role", "owner"), owner)
                .expect(201);
        api.delete(members(project) + "/" + ownerId, owner).expect(204);
        assertThat(api.get("/v1/projects/" + project, owner).status()).isEqualTo(404);
        assertThat(api.get(members(project), second).expect(200).list()).hasSize(1);
        assertThat(api.delete(members(project) + "/" + id(second), second)
                        .expect(409)
                        .error())
                .isEqualTo("LAST_OWNER");
    }

    @Test
    void a_viewer_may_leave_and_then_sees_nothing() {
        String owner = api.newUser("host");
        String project = api.newProject(owner, "leaving");
        String viewer = api.newUser("visitor");
        api.post(members(project), Map.of("username", api.username(viewer), "role", "viewer"), owner)
                .expect(201);
        assertThat(api.get("/v1/projects/" + project, viewer).status()).isEqualTo(200);
        api.delete(members(project) + "/" + id(viewer), viewer).expect(204);
        assertThat(api.get("/v1/projects/" + project, viewer).status()).isEqualTo(404);
        assertThat(api.get("/v1/projects", viewer).expect(200).list()).isEmpty();
    }

    @Test
    void a_promoted_editor_can_then_manage_members() {
        String owner = api.newUser("boss");
        String project = api.newProject(owner, "promote");
        String editor = api.newUser("deputy");
        api.post(members(project), Map.of("username", api.username(editor), "role", "editor"), owner)
                .expect(201);
        String third = api.newUser("third");
        Map<String, Object> invite = Map.of("username", api.username(third), "role", "viewer");
        assertThat(api.post(members(project), invite, editor).status()).isEqualTo(403);
        api.call("PATCH", members(project) + "/" + id(editor), Map.of("role", "owner"), owner)
                .expect(200);
        api.post(members(project), invite, editor).expect(201);
        List<Object> roles = api.get(members(project), owner).expect(200).list().stream()
                .map(m -> ((Map<?, ?>) m).get("role"))
                .map(Object.class::cast)
                .toList();
        assertThat(roles).containsExactlyInAnyOrder("owner", "owner", "viewer");
    }

    @Test
    void a_gateway_url_keeps_the_creators_username_for_every_member() {
        String owner = api.newUser("creator");
        String project = api.newProject(owner, "gw");
        String editor = api.newUser("builder");
        api.post(members(project), Map.of("username", api.username(editor), "role", "editor"), owner)
                .expect(201);
        Map<String, Object> doc = ApiClient.fixture("echo.json");
        String workflow = api.newWorkflow(editor, project, doc);
        api.deploy(editor, workflow);
        api.post("/api/" + api.username(owner) + "/gw/echo", Map.of("name", "x"), null)
                .expect(200);
    }

    private String members(String project) {
        return "/v1/projects/" + project + "/members";
    }

    private String id(String token) {
        return api.get("/v1/auth/me", token).expect(200).map().get("id").toString();
    }
}
