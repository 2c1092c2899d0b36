package io.dotportion.server.secrets;

import io.dotportion.core.port.Project;
import io.dotportion.nodes.mongo.MongoProbe;
import io.dotportion.secrets.vault.ScopedResolver;
import io.dotportion.secrets.vault.SecretMetadata;
import io.dotportion.secrets.vault.SecretScope;
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
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * {@code POST /v1/projects/{pid}/secrets/{name}/test}: 200 {@code {ok, reason?}} (docs/SECRETS.md), for the live value
 * or the one an optional body {@code {environment?, secretVersion?: "staged"}} names. Editors and
 * owners may test ({@link Permission#WRITE_SECRETS}); tests are bounded by {@link SecretTestAdmission}. Not
 * audited, like every other use of a secret.
 */
public final class SecretTestService implements ApiService {
    private final SecretVault vault;
    private final ProjectAccess projects;
    private final SecretTests tests;
    private final SecretTestAdmission admission;
    private final SecretBodies bodies;

    /** {@code mongo} should use {@code limits.timeout()}. */
    public SecretTestService(
            SecretVault vault,
            ProjectAccess projects,
            MongoProbe mongo,
            SecretTestLimits limits,
            SecretBodies bodies,
            Clock clock) {
        this.vault = vault;
        this.projects = projects;
        this.tests = new SecretTests(mongo);
        this.admission = new SecretTestAdmission(limits, clock);
        this.bodies = bodies;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(ApiRoute.post("/v1/projects/{pid}/secrets/{name}/test", this::test)
                .summary("Test a secret's connection (optional body {environment, staged})")
                .access(Access.EDITOR)
                .body(Shape.anyObject())
                .answer(200, "whether it connected, and why not", Shape.objectWith("ok"))
                .errors(ApiError.INVALID_ENVIRONMENT, ApiError.RATE_LIMITED));
    }

    private void test(ServerRequest req, ServerResponse res) {
        Caller caller = Caller.of(req);
        Project project = projects.project(caller, param(req, "pid"), Permission.WRITE_SECRETS);
        SecretMetadata secret = vault.get(project.id(), param(req, "name")).orElseThrow(ApiException::notFound);
        SecretScope scope = bodies.testScope(req);
        vault.checkEnvironment(project.id(), scope.environment());
        ScopedResolver resolver = vault.resolver(project.id(), scope);
        SecretTests.Result result;
        try (SecretTestAdmission.Ticket ignored = admission.admit(project.id(), caller.userId())) {
            result = tests.test(resolver, secret.name(), secret.type());
        }
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("ok", result.ok());
        if (result.reason() != null) {
            body.put("reason", result.reason());
        }
        JsonResponses.ok(res, body);
    }

    private static String param(ServerRequest req, String name) {
        return req.path().pathParameters().get(name);
    }
}
