package io.dotportion.server.teams;

import io.dotportion.core.testing.Poll;
import io.dotportion.server.support.ApiClient;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A project shared by an owner, an editor and a viewer, with a deployed workflow, a secret and an execution;
 * and an outsider with a project of their own holding the same kinds of objects.
 */
final class Team {
    private final AtomicInteger unique = new AtomicInteger();
    final ApiClient api;
    final Map<String, String> tokens = new LinkedHashMap<>();
    final Map<String, String> userIds = new LinkedHashMap<>();
    final String project;
    final String workflow;
    final String secret = "api_key";
    final String execution;
    final String otherProject;
    final String otherWorkflow;
    final String otherExecution;

    Team(ApiClient api) {
        this.api = api;
        for (String role : List.of("owner", "editor", "viewer", "outsider")) {
            String token = api.newUser(role);
            tokens.put(role, token);
            userIds.put(
                    role,
                    api.get("/v1/auth/me", token).expect(200).map().get("id").toString());
        }
        project = api.newProject(token("owner"), "shared");
        addMember(project, "editor", "editor");
        addMember(project, "viewer", "viewer");
        workflow = deployedWorkflow(token("owner"), project);
        api.putSecret(token("owner"), project, secret, Map.of("type", "jwt", "generate", true))
                .expect(201);
        execution = execution(token("owner"), project, workflow);
        otherProject = api.newProject(token("outsider"), "elsewhere");
        otherWorkflow = deployedWorkflow(token("outsider"), otherProject);
        api.putSecret(token("outsider"), otherProject, secret, Map.of("type", "jwt", "generate", true))
                .expect(201);
        otherExecution = execution(token("outsider"), otherProject, otherWorkflow);
    }

    String token(String role) {
        return tokens.get(role);
    }

    String username(String role) {
        return api.username(token(role));
    }

    void addMember(String projectId, String role, String as) {
        api.post(
                        "/v1/projects/" + projectId + "/members",
                        Map.of("username", username(role), "role", as),
                        token("owner"))
                .expect(201);
    }

    /** A fresh project of the owner's, shared with the editor and the viewer. */
    String freshProject() {
        String id = api.newProject(token("owner"), "fresh-" + unique.incrementAndGet());
        addMember(id, "editor", "editor");
        addMember(id, "viewer", "viewer");
        return id;
    }

    /** A fresh workflow in the shared project (undeployed; its own path). */
    String freshWorkflow() {
        return api.newWorkflow(token("owner"), project, document());
    }

    /** A fresh deployed workflow in the shared project. */
    String freshDeployedWorkflow() {
        String id = freshWorkflow();
        api.deploy(token("owner"), id);
        return id;
    }

    /** A fresh secret in the shared project; answers its name. */
    String freshSecret() {
        String name = "fresh_" + unique.incrementAndGet();
        api.putSecret(token("owner"), project, name, Map.of("type", "jwt", "generate", true))
                .expect(201);
        return name;
    }

    /** A fresh document in the shared project's managed collection {@code items}; answers its id. */
    String freshDocument() {
        return api.post("/v1/projects/" + project + "/data/collections/items/documents", Map.of("n", 1), token("owner"))
                .expect(201)
                .map()
                .get("_id")
                .toString();
    }

    /** A fresh user, made a viewer of the shared project; answers their id. */
    String freshMember() {
        String token = api.newUser("member");
        String id = api.get("/v1/auth/me", token).expect(200).map().get("id").toString();
        api.post(
                        "/v1/projects/" + project + "/members",
                        Map.of("username", api.username(token), "role", "viewer"),
                        token("owner"))
                .expect(201);
        return id;
    }

    /** A fresh user who is nobody's member; answers their username. */
    String freshUsername() {
        return api.username(api.newUser("invitee"));
    }

    Map<String, Object> document() {
        Map<String, Object> doc = new LinkedHashMap<>(ApiClient.fixture("echo.json"));
        int n = unique.incrementAndGet();
        doc.put("name", "Echo " + n);
        doc.put("path", "/echo-" + n);
        return doc;
    }

    private String deployedWorkflow(String token, String projectId) {
        String id = api.newWorkflow(token, projectId, document());
        api.deploy(token, id);
        return id;
    }

    @SuppressWarnings("unchecked")
    private String execution(String token, String projectId, String workflowId) {
        String id = api.post("/v1/workflows/" + workflowId + "/test-run", Map.of("body", Map.of("name", "a")), token)
                .expect(200)
                .map()
                .get("executionId")
                .toString();
        String url = "/v1/projects/" + projectId + "/executions/" + id;
        Poll.until(
                Duration.ofSeconds(10),
                () -> api.get(url, token).status(),
                s -> s == 200,
                "the deployed endpoint to answer 200");
        return id;
    }
}
