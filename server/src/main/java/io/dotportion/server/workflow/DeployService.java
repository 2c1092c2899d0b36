package io.dotportion.server.workflow;

import io.dotportion.core.port.WorkflowStore;
import io.dotportion.core.port.WorkflowVersion;
import io.dotportion.secrets.vault.SecretVault;
import io.dotportion.server.auth.Caller;
import io.dotportion.server.http.Access;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import io.dotportion.server.http.ApiRoute;
import io.dotportion.server.http.ApiService;
import io.dotportion.server.http.JsonRequests;
import io.dotportion.server.http.JsonResponses;
import io.dotportion.server.http.Shape;
import io.dotportion.server.project.Permission;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Objects;

/** Deploy, undeploy, versions and rollback of one workflow. */
public final class DeployService implements ApiService {

    record RollbackRequest(Integer version) {}

    /** The optional body of a deploy: the environment whose secret values the version uses (default live). */
    record DeployRequest(String environment) {}

    record Deployed(int version, String environment) {}

    record Undeployed(boolean undeployed) {}

    record RolledBack(int version) {}

    private static final DeployRequest LIVE = new DeployRequest(null);

    record VersionView(
            int version,
            String name,
            String method,
            String path,
            String createdBy,
            String createdAt,
            boolean deployed,
            String environment) {
        static VersionView of(WorkflowVersion v, Integer deployedVersion) {
            var d = v.document();
            return new VersionView(
                    v.version(),
                    d.name(),
                    d.method(),
                    d.path(),
                    v.createdBy(),
                    String.valueOf(v.createdAt()),
                    Objects.equals(deployedVersion, v.version()),
                    v.environment());
        }
    }

    private final WorkflowStore workflows;
    private final WorkflowAccess access;
    private final Deployer deployer;
    private final JsonRequests json;
    private final SecretVault vault;

    public DeployService(
            WorkflowStore workflows, WorkflowAccess access, Deployer deployer, JsonRequests json, SecretVault vault) {
        this.vault = vault;
        this.workflows = workflows;
        this.access = access;
        this.deployer = deployer;
        this.json = json;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.post("/v1/workflows/{id}/deploy", this::deploy)
                        .summary("Deploy the draft as a new version (optional body {environment}); live on return")
                        .access(Access.EDITOR)
                        .body(DeployRequest.class)
                        .answer(200, "the version deployed", Deployed.class)
                        .errors(ApiError.INVALID_WORKFLOW, ApiError.INVALID_ENVIRONMENT, ApiError.ROUTE_CONFLICT),
                ApiRoute.post("/v1/workflows/{id}/undeploy", this::undeploy)
                        .summary("Take the workflow's endpoint offline")
                        .access(Access.EDITOR)
                        .answer(200, "undeployed", Undeployed.class),
                ApiRoute.get("/v1/workflows/{id}/versions", this::versions)
                        .summary("The deployed versions, newest first")
                        .access(Access.VIEWER)
                        .answer(200, "the versions", Shape.listOf(VersionView.class)),
                ApiRoute.get("/v1/workflows/{id}/versions/{n}", this::version)
                        .summary("One deployed version with its document")
                        .access(Access.VIEWER)
                        .answer(200, "the version", VersionDocumentView.class),
                ApiRoute.post("/v1/workflows/{id}/rollback", this::rollback)
                        .summary("Deploy an earlier version again")
                        .access(Access.EDITOR)
                        .body(RollbackRequest.class)
                        .answer(200, "the version now live", RolledBack.class)
                        .errors(ApiError.INVALID_WORKFLOW, ApiError.ROUTE_CONFLICT));
    }

    private void deploy(ServerRequest req, ServerResponse res) {
        Caller caller = Caller.of(req);
        WorkflowAccess.Owned owned = access.workflow(caller, id(req), Permission.DEPLOY);
        DeployRequest body = json.readOptional(req, DeployRequest.class, LIVE);
        String environment = body.environment() == null ? WorkflowVersion.LIVE : body.environment();
        vault.checkEnvironment(owned.project().id(), environment);
        int version = deployer.deploy(owned.project(), owned.workflow(), caller.userId(), environment);
        JsonResponses.ok(res, new Deployed(version, environment));
    }

    private void undeploy(ServerRequest req, ServerResponse res) {
        WorkflowAccess.Owned owned = access.workflow(Caller.of(req), id(req), Permission.DEPLOY);
        deployer.undeploy(owned.project(), owned.workflow());
        JsonResponses.ok(res, new Undeployed(true));
    }

    private void versions(ServerRequest req, ServerResponse res) {
        WorkflowAccess.Owned owned = access.visible(Caller.of(req), id(req));
        Integer deployed = workflows
                .byId(owned.workflow().id())
                .map(w -> w.deployedVersion())
                .orElse(null);
        JsonResponses.ok(
                res,
                workflows.versions(owned.workflow().id()).stream()
                        .map(v -> VersionView.of(v, deployed))
                        .toList());
    }

    private void version(ServerRequest req, ServerResponse res) {
        WorkflowAccess.Owned owned = access.visible(Caller.of(req), id(req));
        int number = versionNumber(req.path().pathParameters().get("n"));
        WorkflowVersion stored =
                workflows.version(owned.workflow().id(), number).orElseThrow(ApiException::notFound);
        JsonResponses.ok(res, VersionDocumentView.of(stored, owned.workflow().deployedVersion()));
    }

    /** A version number from the path; anything that is not a positive integer names no version. */
    private static int versionNumber(String text) {
        if (text == null || !text.matches("[1-9][0-9]{0,8}")) {
            throw ApiException.notFound();
        }
        return Integer.parseInt(text);
    }

    private void rollback(ServerRequest req, ServerResponse res) {
        Caller caller = Caller.of(req);
        WorkflowAccess.Owned owned = access.workflow(caller, id(req), Permission.DEPLOY);
        RollbackRequest body = json.read(req, RollbackRequest.class);
        if (body.version() == null || body.version() < 1) {
            throw ApiException.invalid("version must be a positive integer");
        }
        int version = deployer.rollback(owned.project(), owned.workflow(), body.version());
        JsonResponses.ok(res, new RolledBack(version));
    }

    private static String id(ServerRequest req) {
        return req.path().pathParameters().get("id");
    }
}
