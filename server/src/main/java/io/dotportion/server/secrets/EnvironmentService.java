package io.dotportion.server.secrets;

import io.dotportion.core.port.Project;
import io.dotportion.secrets.vault.Environments;
import io.dotportion.secrets.vault.SecretVault;
import io.dotportion.server.auth.Caller;
import io.dotportion.server.http.Access;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import io.dotportion.server.http.ApiRoute;
import io.dotportion.server.http.ApiService;
import io.dotportion.server.http.JsonResponses;
import io.dotportion.server.http.Shape;
import io.dotportion.server.project.Permission;
import io.dotportion.server.project.ProjectAccess;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * /v1/projects/{pid}/environments: list the project's environments ({@code live}, {@code test} and those it
 * added, each with the deployed versions bound to it), add one (within the vault's limit), remove one that no
 * deployed version is bound to (its secret values go with it).
 */
public final class EnvironmentService implements ApiService {
    private final SecretVault vault;
    private final SecretUsage usage;
    private final ProjectAccess projects;

    public EnvironmentService(SecretVault vault, SecretUsage usage, ProjectAccess projects) {
        this.vault = vault;
        this.usage = usage;
        this.projects = projects;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get("/v1/projects/{pid}/environments", this::list)
                        .summary("The project's environments (live, test and added ones)")
                        .access(Access.VIEWER)
                        .answer(200, "the environments", Shape.listWith("name", "builtIn", "deployed")),
                ApiRoute.put("/v1/projects/{pid}/environments/{name}", this::add)
                        .summary("Add an environment")
                        .access(Access.EDITOR)
                        .answer(201, "added", Shape.objectWith("name"))
                        .answer(200, "it was there already", Shape.objectWith("name"))
                        .errors(ApiError.INVALID_ENVIRONMENT, ApiError.ENVIRONMENT_LIMIT),
                ApiRoute.delete("/v1/projects/{pid}/environments/{name}", this::remove)
                        .summary("Remove an environment and its secret values")
                        .access(Access.EDITOR)
                        .noContent("removed")
                        .errors(ApiError.INVALID_ENVIRONMENT, ApiError.ENVIRONMENT_IN_USE));
    }

    private void list(ServerRequest req, ServerResponse res) {
        Project project = projects.project(Caller.of(req), SecretService.param(req, "pid"), Permission.READ);
        SecretUsage.Snapshot snapshot = usage.snapshot(project.id());
        List<Map<String, Object>> out = new ArrayList<>();
        for (String name : vault.environments(project.id())) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("name", name);
            view.put("builtIn", Environments.BUILT_IN.contains(name));
            view.put("deployed", served(snapshot.servedIn(name)));
            out.add(view);
        }
        JsonResponses.ok(res, out);
    }

    private void add(ServerRequest req, ServerResponse res) {
        Caller caller = Caller.of(req);
        Project project = projects.project(caller, SecretService.param(req, "pid"), Permission.WRITE_SECRETS);
        String name = SecretService.param(req, "name");
        boolean added = vault.addEnvironment(project.id(), name, caller.user().username());
        JsonResponses.send(res, added ? 201 : 200, Map.of("name", name));
    }

    private void remove(ServerRequest req, ServerResponse res) {
        Caller caller = Caller.of(req);
        Project project = projects.project(caller, SecretService.param(req, "pid"), Permission.WRITE_SECRETS);
        String name = SecretService.param(req, "name");
        Environments.checkName(name);
        List<SecretUsage.Served> bound = usage.snapshot(project.id()).servedIn(name);
        if (!bound.isEmpty()) {
            throw new ApiException(
                    ApiError.ENVIRONMENT_IN_USE,
                    "the environment '" + name + "' serves " + bound.size()
                            + " deployed workflow version(s); redeploy them to another environment or undeploy them",
                    Map.of("deployed", served(bound)));
        }
        if (!vault.removeEnvironment(project.id(), name, caller.user().username())) {
            throw ApiException.notFound();
        }
        JsonResponses.noContent(res);
    }

    private static List<Map<String, Object>> served(List<SecretUsage.Served> served) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SecretUsage.Served s : served) {
            Map<String, Object> view = new LinkedHashMap<>();
            view.put("workflowId", s.workflowId());
            view.put("name", s.name());
            view.put("version", s.version());
            out.add(view);
        }
        return out;
    }
}
