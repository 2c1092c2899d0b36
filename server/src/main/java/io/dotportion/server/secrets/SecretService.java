package io.dotportion.server.secrets;

import io.dotportion.core.port.AuditStore;
import io.dotportion.core.port.Project;
import io.dotportion.secrets.vault.SecretMetadata;
import io.dotportion.secrets.vault.SecretVault;
import io.dotportion.secrets.vault.SecretWrite;
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
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * /v1/projects/{pid}/secrets and /audit: put (create or replace a value of an environment, directly or as a
 * staged version), promote or discard a staged version, list and view metadata, delete a secret or one
 * environment's value; values go in and never come out. Deleting what a deployed version uses answers 409
 * listing those versions unless {@code ?force=true}.
 */
public final class SecretService implements ApiService {
    private static final int DEFAULT_AUDIT_LIMIT = 100;
    private static final int MAX_AUDIT_LIMIT = 1000;

    private final SecretVault vault;
    private final SecretUsage usage;
    private final AuditStore audit;
    private final ProjectAccess projects;
    private final SecretBodies bodies;

    public SecretService(
            SecretVault vault, SecretUsage usage, AuditStore audit, ProjectAccess projects, SecretBodies bodies) {
        this.vault = vault;
        this.usage = usage;
        this.audit = audit;
        this.projects = projects;
        this.bodies = bodies;
    }

    @Override
    public List<ApiRoute> routes() {
        String[] view = {"name", "type", "version", "createdAt", "updatedAt", "environments", "usedBy"};
        return List.of(
                ApiRoute.put("/v1/projects/{pid}/secrets/{name}", this::put)
                        .summary("Write a secret {type, value} (or generate one; ?environment, stage)")
                        .access(Access.EDITOR)
                        .body(SecretBodies.Put.class)
                        .answer(201, "created: its metadata, never the value", Shape.objectWith(view))
                        .answer(200, "updated: its metadata, never the value", Shape.objectWith(view))
                        .errors(
                                ApiError.INVALID_SECRET_NAME,
                                ApiError.INVALID_SECRET_TYPE,
                                ApiError.INVALID_SECRET_VALUE,
                                ApiError.INVALID_GRACE_SECONDS,
                                ApiError.INVALID_ENVIRONMENT,
                                ApiError.INVALID_SECRET_METADATA,
                                ApiError.SECRET_TYPE_CHANGED,
                                ApiError.SECRET_UNAVAILABLE),
                ApiRoute.get("/v1/projects/{pid}/secrets", this::list)
                        .summary("The project's secrets (metadata and where each is used; names only for viewers)")
                        .access(Access.VIEWER)
                        .answer(200, "the secrets", Shape.listWith("name")),
                ApiRoute.get("/v1/projects/{pid}/secrets/{name}", this::view)
                        .summary("One secret's metadata")
                        .access(Access.EDITOR)
                        .answer(200, "its metadata, never the value", Shape.objectWith(view)),
                ApiRoute.post("/v1/projects/{pid}/secrets/{name}/promote", this::promote)
                        .summary("Make the staged value the current one (?environment)")
                        .access(Access.EDITOR)
                        .answer(200, "its metadata", Shape.objectWith(view))
                        .errors(ApiError.INVALID_ENVIRONMENT, ApiError.SECRET_NOT_STAGED),
                ApiRoute.post("/v1/projects/{pid}/secrets/{name}/discard", this::discard)
                        .summary("Drop the staged value (?environment)")
                        .access(Access.EDITOR)
                        .answer(200, "its metadata", Shape.objectWith(view))
                        .noContent("the secret held only the staged value and is gone")
                        .errors(ApiError.INVALID_ENVIRONMENT, ApiError.SECRET_NOT_STAGED),
                ApiRoute.delete("/v1/projects/{pid}/secrets/{name}", this::delete)
                        .summary("Delete a secret, or one environment's value (?environment, ?force)")
                        .access(Access.EDITOR)
                        .noContent("deleted")
                        .errors(ApiError.INVALID_ENVIRONMENT, ApiError.SECRET_IN_USE),
                ApiRoute.get("/v1/projects/{pid}/audit", this::audit)
                        .summary("The secrets' audit trail, newest first (?limit)")
                        .access(Access.EDITOR)
                        .answer(200, "the entries", Shape.listWith("id", "at", "actor", "action", "secret")));
    }

    private void put(ServerRequest req, ServerResponse res) {
        Caller caller = Caller.of(req);
        Project project = projects.project(caller, param(req, "pid"), Permission.WRITE_SECRETS);
        SecretBodies.Put body = bodies.read(req);
        SecretWrite written = vault.write(
                project.id(),
                param(req, "name"),
                body.type(),
                body.input(),
                body.options(),
                caller.user().username());
        JsonResponses.send(res, written.created() ? 201 : 200, view(project.id(), written.metadata()));
    }

    private void promote(ServerRequest req, ServerResponse res) {
        Caller caller = Caller.of(req);
        Project project = projects.project(caller, param(req, "pid"), Permission.WRITE_SECRETS);
        String environment = bodies.environment(req);
        Optional<SecretMetadata> promoted = vault.promote(
                project.id(), param(req, "name"), environment, caller.user().username());
        JsonResponses.ok(res, view(project.id(), promoted.orElseThrow(ApiException::notFound)));
    }

    private void discard(ServerRequest req, ServerResponse res) {
        Caller caller = Caller.of(req);
        Project project = projects.project(caller, param(req, "pid"), Permission.WRITE_SECRETS);
        String environment = bodies.environment(req);
        SecretMetadata left = vault.discard(
                        project.id(),
                        param(req, "name"),
                        environment,
                        caller.user().username())
                .orElseThrow(ApiException::notFound);
        if (left.type() == null) {
            JsonResponses.noContent(res); // it held nothing but the staged version
            return;
        }
        JsonResponses.ok(res, view(project.id(), left));
    }

    private Map<String, Object> view(String projectId, SecretMetadata m) {
        return SecretViews.of(m, usage.snapshot(projectId).of(m.name(), m.type()), vault.environments(projectId));
    }

    private void list(ServerRequest req, ServerResponse res) {
        ProjectAccess.Granted granted = projects.grant(Caller.of(req), param(req, "pid"), Permission.READ);
        Project project = granted.project();
        List<SecretMetadata> secrets = vault.list(project.id());
        if (!granted.allows(Permission.READ_SECRETS)) {
            JsonResponses.ok(
                    res, secrets.stream().map(m -> Map.of("name", m.name())).toList());
            return;
        }
        SecretUsage.Snapshot snapshot = usage.snapshot(project.id());
        List<String> environments = vault.environments(project.id());
        JsonResponses.ok(
                res,
                secrets.stream()
                        .map(m -> SecretViews.of(m, snapshot.of(m.name(), m.type()), environments))
                        .toList());
    }

    private void view(ServerRequest req, ServerResponse res) {
        Project project = projects.project(Caller.of(req), param(req, "pid"), Permission.READ_SECRETS);
        SecretMetadata secret = vault.get(project.id(), param(req, "name")).orElseThrow(ApiException::notFound);
        JsonResponses.ok(res, view(project.id(), secret));
    }

    /** The whole secret, or with {@code ?environment=} that environment's value only. */
    private void delete(ServerRequest req, ServerResponse res) {
        Caller caller = Caller.of(req);
        Project project = projects.project(caller, param(req, "pid"), Permission.WRITE_SECRETS);
        String name = param(req, "name");
        String environment = req.query().first("environment").orElse(null);
        if (environment != null) {
            vault.checkEnvironment(project.id(), environment);
        }
        SecretMetadata secret = vault.get(project.id(), name).orElseThrow(ApiException::notFound);
        boolean force = req.query().first("force").map("true"::equalsIgnoreCase).orElse(false);
        List<SecretUsage.Use> deployed = usage.snapshot(project.id()).of(name, secret.type()).stream()
                .filter(use -> environment == null ? use.deployedUses() : use.deployedUses(environment))
                .toList();
        if (!deployed.isEmpty() && !force) {
            throw new ApiException(
                    ApiError.SECRET_IN_USE,
                    "secret '" + name + "' is used by " + deployed.size()
                            + " deployed workflow version(s); undeploy them, or delete with ?force=true",
                    Map.of("deployed", SecretViews.deployed(deployed)));
        }
        String actor = caller.user().username();
        boolean deleted = environment == null
                ? vault.delete(project.id(), name, actor)
                : vault.deleteValue(project.id(), name, environment, actor);
        if (!deleted) {
            throw ApiException.notFound();
        }
        JsonResponses.noContent(res);
    }

    private void audit(ServerRequest req, ServerResponse res) {
        Project project = projects.project(Caller.of(req), param(req, "pid"), Permission.READ_SECRETS);
        int limit = limit(req.query().first("limit").orElse(null));
        JsonResponses.ok(
                res,
                audit.list(project.id(), limit).stream().map(SecretViews::of).toList());
    }

    private static int limit(String raw) {
        if (raw == null) {
            return DEFAULT_AUDIT_LIMIT;
        }
        try {
            int n = Integer.parseInt(raw.strip());
            if (n >= 1 && n <= MAX_AUDIT_LIMIT) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.invalid("limit must be an integer between 1 and " + MAX_AUDIT_LIMIT);
    }

    static String param(ServerRequest req, String name) {
        return req.path().pathParameters().get(name);
    }
}
