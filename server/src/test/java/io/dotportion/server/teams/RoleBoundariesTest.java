package io.dotportion.server.teams;

import static org.assertj.core.api.Assertions.assertThat;

import io.dotportion.server.support.ApiClient;
import io.dotportion.server.support.ApiResponse;
import io.dotportion.server.support.PlatformTest;
import io.dotportion.server.support.RunningPlatform;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Every /v1 route family, called by the owner, an editor, a viewer and an outsider of one project: each
 * (route, role) answers exactly the expected status. 404 means "cannot see", 403 "may see, may not do".
 */
@PlatformTest
class RoleBoundariesTest {
    private Team team;

    /** One request; {@code body} may be null. */
    record Call(String method, String path, Object body) {}

    /** A route and the status each role gets: owner, editor, viewer, outsider. */
    record Row(String route, Function<Team, Call> call, int owner, int editor, int viewer, int outsider) {
        int expected(String role) {
            return switch (role) {
                case "owner" -> owner;
                case "editor" -> editor;
                case "viewer" -> viewer;
                default -> outsider;
            };
        }
    }

    @BeforeAll
    void start(RunningPlatform platform) {
        team = new Team(new ApiClient(platform.port()));
    }

    List<Row> table() {
        List<Row> rows = new ArrayList<>();
        String p = "/v1/projects/";
        String w = "/v1/workflows/";
        rows.add(new Row("GET project", t -> new Call("GET", p + t.project, null), 200, 200, 200, 404));
        rows.add(new Row(
                "PATCH project", t -> new Call("PATCH", p + t.project, Map.of("name", "Renamed")), 200, 403, 403, 404));
        rows.add(new Row("DELETE project", t -> new Call("DELETE", p + t.freshProject(), null), 200, 403, 403, 404));
        rows.add(new Row("GET members", t -> new Call("GET", p + t.project + "/members", null), 200, 200, 200, 404));
        rows.add(new Row(
                "POST member",
                t -> new Call(
                        "POST", p + t.project + "/members", Map.of("username", t.freshUsername(), "role", "viewer")),
                201,
                403,
                403,
                404));
        rows.add(new Row(
                "PATCH member",
                t -> new Call("PATCH", p + t.project + "/members/" + t.freshMember(), Map.of("role", "editor")),
                200,
                403,
                403,
                404));
        rows.add(new Row(
                "DELETE member",
                t -> new Call("DELETE", p + t.project + "/members/" + t.freshMember(), null),
                204,
                403,
                403,
                404));
        rows.add(new Row(
                "POST workflow",
                t -> new Call("POST", p + t.project + "/workflows", t.document()),
                201,
                201,
                403,
                404));
        rows.add(new Row(
                "POST workflow import",
                t -> new Call("POST", p + t.project + "/workflows/import", t.document()),
                201,
                201,
                403,
                404));
        rows.add(new Row(
                "POST workflow validate",
                t -> new Call("POST", p + t.project + "/workflows/validate", t.document()),
                200,
                200,
                200,
                404));
        rows.add(
                new Row("GET workflows", t -> new Call("GET", p + t.project + "/workflows", null), 200, 200, 200, 404));
        rows.add(new Row("GET workflow", t -> new Call("GET", w + t.workflow, null), 200, 200, 200, 404));
        rows.add(
                new Row("PUT workflow", t -> new Call("PUT", w + t.freshWorkflow(), t.document()), 200, 200, 403, 404));
        rows.add(new Row("DELETE workflow", t -> new Call("DELETE", w + t.freshWorkflow(), null), 204, 204, 403, 404));
        rows.add(new Row(
                "POST draft validate", t -> new Call("POST", w + t.workflow + "/validate", null), 200, 200, 200, 404));
        rows.add(new Row("GET export", t -> new Call("GET", w + t.workflow + "/export", null), 200, 200, 200, 404));
        rows.add(new Row(
                "POST deploy", t -> new Call("POST", w + t.freshWorkflow() + "/deploy", null), 200, 200, 403, 404));
        rows.add(new Row(
                "POST undeploy",
                t -> new Call("POST", w + t.freshDeployedWorkflow() + "/undeploy", null),
                200,
                200,
                403,
                404));
        rows.add(new Row("GET versions", t -> new Call("GET", w + t.workflow + "/versions", null), 200, 200, 200, 404));
        rows.add(
                new Row("GET version", t -> new Call("GET", w + t.workflow + "/versions/1", null), 200, 200, 200, 404));
        rows.add(new Row(
                "POST rollback",
                t -> new Call("POST", w + t.freshDeployedWorkflow() + "/rollback", Map.of("version", 1)),
                200,
                200,
                403,
                404));
        rows.add(new Row(
                "POST test-run",
                t -> new Call("POST", w + t.workflow + "/test-run", Map.of("body", Map.of("name", "x"))),
                200,
                200,
                403,
                404));
        rows.add(new Row(
                "PUT secret",
                t -> new Call(
                        "PUT",
                        p + t.project + "/secrets/new_" + System.nanoTime(),
                        Map.of("type", "jwt", "generate", true)),
                201,
                201,
                403,
                404));
        rows.add(new Row("GET secrets", t -> new Call("GET", p + t.project + "/secrets", null), 200, 200, 200, 404));
        rows.add(new Row(
                "DELETE secret",
                t -> new Call("DELETE", p + t.project + "/secrets/" + t.freshSecret(), null),
                204,
                204,
                403,
                404));
        rows.add(new Row("GET audit", t -> new Call("GET", p + t.project + "/audit", null), 200, 200, 403, 404));
        rows.add(new Row(
                "GET executions", t -> new Call("GET", p + t.project + "/executions", null), 200, 200, 200, 404));
        rows.add(new Row(
                "GET execution",
                t -> new Call("GET", p + t.project + "/executions/" + t.execution, null),
                200,
                200,
                200,
                404));
        rows.addAll(operations());
        return rows;
    }

    /** Stats, OpenAPI and the managed data explorer. */
    List<Row> operations() {
        String p = "/v1/projects/";
        List<Row> rows = new ArrayList<>();
        rows.add(
                new Row("GET project stats", t -> new Call("GET", p + t.project + "/stats", null), 200, 200, 200, 404));
        rows.add(new Row(
                "GET workflow stats",
                t -> new Call("GET", "/v1/workflows/" + t.workflow + "/stats", null),
                200,
                200,
                200,
                404));
        rows.add(new Row(
                "GET openapi", t -> new Call("GET", p + t.project + "/openapi.json", null), 200, 200, 200, 404));
        String data = "/data/collections";
        rows.add(new Row("GET collections", t -> new Call("GET", p + t.project + data, null), 200, 200, 403, 404));
        rows.add(new Row(
                "POST document",
                t -> new Call("POST", p + t.project + data + "/items/documents", Map.of("n", 2)),
                201,
                201,
                403,
                404));
        rows.add(new Row(
                "GET documents",
                t -> new Call("GET", p + t.project + data + "/items/documents", null),
                200,
                200,
                403,
                404));
        rows.add(new Row(
                "GET document",
                t -> new Call("GET", p + t.project + data + "/items/documents/" + t.freshDocument(), null),
                200,
                200,
                403,
                404));
        rows.add(new Row(
                "PUT document",
                t -> new Call("PUT", p + t.project + data + "/items/documents/" + t.freshDocument(), Map.of("n", 3)),
                200,
                200,
                403,
                404));
        rows.add(new Row(
                "DELETE document",
                t -> new Call("DELETE", p + t.project + data + "/items/documents/" + t.freshDocument(), null),
                204,
                204,
                403,
                404));
        rows.add(new Row(
                "PUT schema",
                t -> new Call(
                        "PUT",
                        p + t.project + data + "/items/schema",
                        Map.of("properties", Map.of("n", Map.of("type", "integer")))),
                200,
                200,
                403,
                404));
        rows.add(new Row(
                "GET schema", t -> new Call("GET", p + t.project + data + "/items/schema", null), 200, 200, 403, 404));
        rows.add(new Row(
                "DELETE missing schema",
                t -> new Call("DELETE", p + t.project + data + "/none/schema", null),
                404,
                404,
                403,
                404));
        rows.add(new Row(
                "GET external data",
                t -> new Call("GET", p + t.project + "/data/external/nosuch/collections", null),
                404,
                404,
                403,
                404));
        return rows;
    }

    @TestFactory
    Stream<DynamicTest> every_route_answers_each_role_with_its_expected_status() {
        return table().stream()
                .flatMap(row -> Stream.of("owner", "editor", "viewer", "outsider")
                        .map(role -> DynamicTest.dynamicTest(row.route() + " as " + role, () -> {
                            Call call = row.call().apply(team);
                            ApiResponse answer =
                                    team.api.call(call.method(), call.path(), call.body(), team.token(role));
                            assertThat(answer.status())
                                    .as("%s %s as %s: %s", call.method(), call.path(), role, answer.text())
                                    .isEqualTo(row.expected(role));
                            if (answer.status() == 403) {
                                assertThat(answer.error()).isEqualTo("FORBIDDEN");
                            }
                        })));
    }
}
