package io.dotportion.server.secrets;

import io.dotportion.core.port.AuditStore;
import io.dotportion.core.port.Project;
import io.dotportion.secrets.vault.SecretInput;
import io.dotportion.secrets.vault.SecretMetadata;
import io.dotportion.secrets.vault.SecretVault;
import io.dotportion.secrets.vault.SecretWrite;
import io.dotportion.server.auth.Caller;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import io.dotportion.server.http.JsonResponses;
import io.dotportion.server.project.Permission;
import io.dotportion.server.project.ProjectAccess;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Map;

/**
 * /v1/projects/{pid}/secrets and /audit: put (create or replace), list metadata, delete; values go in and
 * never come out. Deleting a secret that a deployed version references answers 409 listing those versions
 * unless {@code ?force=true}.
 */
public final class SecretService implements HttpService {
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
    public void routing(HttpRules rules) {
        rules.put("/{pid}/secrets/{name}", this::put)
                .get("/{pid}/secrets", this::list)
                .delete("/{pid}/secrets/{name}", this::delete)
                .get("/{pid}/audit", this::audit);
    }

    private void put(ServerRequest req, ServerResponse res) {
        Caller caller = Caller.of(req);
        Project project = projects.project(caller, param(req, "pid"), Permission.WRITE_SECRETS);
        SecretBodies.Put body = bodies.read(req);
        SecretInput input = body.generate() ? SecretInput.generate() : SecretInput.of(body.value());
        SecretWrite written = vault.put(
                project.id(),
                param(req, "name"),
                body.type(),
                input,
                body.graceSeconds(),
                body.metadata(),
                caller.user().username());
        SecretMetadata m = written.metadata();
        Map<String, Object> view =
                SecretViews.of(m, usage.snapshot(project.id()).of(m.name(), m.type()));
        JsonResponses.send(res, written.created() ? 201 : 200, view);
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
        JsonResponses.ok(
                res,
                secrets.stream()
                        .map(m -> SecretViews.of(m, snapshot.of(m.name(), m.type())))
                        .toList());
    }

    private void delete(ServerRequest req, ServerResponse res) {
        Caller caller = Caller.of(req);
        Project project = projects.project(caller, param(req, "pid"), Permission.WRITE_SECRETS);
        String name = param(req, "name");
        SecretMetadata secret = vault.get(project.id(), name).orElseThrow(ApiException::notFound);
        boolean force = req.query().first("force").map("true"::equalsIgnoreCase).orElse(false);
        List<SecretUsage.Use> deployed = usage.snapshot(project.id()).of(name, secret.type()).stream()
                .filter(SecretUsage.Use::deployedUses)
                .toList();
        if (!deployed.isEmpty() && !force) {
            throw new ApiException(
                    ApiError.SECRET_IN_USE,
                    "secret '" + name + "' is used by " + deployed.size()
                            + " deployed workflow version(s); undeploy them, or delete with ?force=true",
                    Map.of("deployed", SecretViews.deployed(deployed)));
        }
        if (!vault.delete(project.id(), name, caller.user().username())) {
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

    private static String param(ServerRequest req, String name) {
        return req.path().pathParameters().get(name);
    }
}
