package io.dotportion.server.teams;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** No route shows one project's objects to someone outside it, not even through another project's URL. */
@PlatformTest
class ProjectIsolationTest {
    private Team team;
    private ApiClient api;

    @BeforeAll
    void start(ApiClient api) {
        this.api = api;
        team = new Team(api);
    }

    @Test
    void an_outsider_gets_404_for_every_object_of_the_project_even_through_their_own_project() {
        String own = "/v1/projects/" + team.otherProject;
        String token = team.token("outsider");
        List<ApiResponse> answers = List.of(
                api.get(own + "/executions/" + team.execution, token),
                api.get("/v1/projects/" + team.project + "/executions/" + team.execution, token),
                api.get("/v1/workflows/" + team.workflow, token),
                api.get("/v1/workflows/" + team.workflow + "/export", token),
                api.get("/v1/workflows/" + team.workflow + "/versions", token),
                api.post("/v1/workflows/" + team.workflow + "/deploy", null, token),
                api.delete("/v1/projects/" + team.project + "/secrets/" + team.secret, token),
                api.get("/v1/projects/" + team.project + "/members", token),
                api.delete("/v1/projects/" + team.project + "/members/" + team.userIds.get("outsider"), token),
                api.call("PATCH", own + "/members/" + team.userIds.get("owner"), Map.of("role", "viewer"), token));
        assertThat(answers).allSatisfy(a -> assertThat(a.status()).as(a.text()).isEqualTo(404));
        assertThat(answers)
                .allSatisfy(
                        a -> assertThat(a.text()).doesNotContain(team.project).doesNotContain("shared"));
    }

    @Test
    void members_reach_no_object_of_another_project_through_their_own_project() {
        String own = "/v1/projects/" + team.project;
        for (String role : List.of("owner", "editor", "viewer")) {
            String token = team.token(role);
            assertThat(api.get(own + "/executions/" + team.otherExecution, token)
                            .status())
                    .isEqualTo(404);
            assertThat(api.get("/v1/workflows/" + team.otherWorkflow, token).status())
                    .isEqualTo(404);
            assertThat(api.get("/v1/projects/" + team.otherProject + "/secrets", token)
                            .status())
                    .isEqualTo(404);
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void lists_hold_only_the_callers_projects_and_their_objects() {
        for (String role : List.of("owner", "editor", "viewer")) {
            List<Object> projects =
                    api.get("/v1/projects", team.token(role)).expect(200).list();
            assertThat(projects)
                    .extracting(p -> ((Map<String, Object>) p).get("id"))
                    .contains(team.project)
                    .doesNotContain(team.otherProject);
        }
        List<Object> outsiders =
                api.get("/v1/projects", team.token("outsider")).expect(200).list();
        assertThat(outsiders)
                .extracting(p -> ((Map<String, Object>) p).get("id"))
                .containsExactly(team.otherProject);
        List<Object> executions = api.get("/v1/projects/" + team.project + "/executions", team.token("viewer"))
                .expect(200)
                .list();
        assertThat(executions)
                .extracting(e -> ((Map<String, Object>) e).get("id"))
                .contains(team.execution)
                .doesNotContain(team.otherExecution);
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_shared_project_names_the_creator_as_owner_and_the_callers_role() {
        Map<String, Object> seen = api.get("/v1/projects/" + team.project, team.token("editor"))
                .expect(200)
                .map();
        assertThat(seen).containsEntry("owner", team.username("owner")).containsEntry("role", "editor");
    }

    @Test
    @SuppressWarnings("unchecked")
    void a_viewer_sees_secret_names_only() {
        String url = "/v1/projects/" + team.project + "/secrets";
        List<Object> seen = api.get(url, team.token("viewer")).expect(200).list();
        assertThat(seen)
                .isNotEmpty()
                .allSatisfy(s -> assertThat((Map<String, Object>) s).containsOnlyKeys("name"));
        List<Object> full = api.get(url, team.token("editor")).expect(200).list();
        assertThat((Map<String, Object>) full.getFirst()).containsKeys("name", "type", "version", "usedBy");
    }
}
