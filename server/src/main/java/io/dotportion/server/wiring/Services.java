package io.dotportion.server.wiring;

import io.dotportion.core.egress.EgressPolicy;
import io.dotportion.core.engine.TraceFormatter;
import io.dotportion.core.engine.WorkflowCompiler;
import io.dotportion.nodes.mongo.MongoProbe;
import io.dotportion.server.auth.AuthFilter;
import io.dotportion.server.auth.AuthService;
import io.dotportion.server.auth.LoginThrottle;
import io.dotportion.server.auth.PasswordHasher;
import io.dotportion.server.auth.TokenService;
import io.dotportion.server.auth.Tokens;
import io.dotportion.server.execution.ExecutionIds;
import io.dotportion.server.execution.ExecutionLog;
import io.dotportion.server.execution.ExecutionService;
import io.dotportion.server.gateway.ClientAddress;
import io.dotportion.server.gateway.Gateway;
import io.dotportion.server.gateway.ProjectKeys;
import io.dotportion.server.gateway.ProjectPolicies;
import io.dotportion.server.gateway.RateLimiter;
import io.dotportion.server.gateway.Routes;
import io.dotportion.server.http.ClientErrorLog;
import io.dotportion.server.http.JsonRequests;
import io.dotportion.server.nodetypes.NodeTypeService;
import io.dotportion.server.project.MemberService;
import io.dotportion.server.project.ProjectAccess;
import io.dotportion.server.project.ProjectService;
import io.dotportion.server.secrets.EnvironmentService;
import io.dotportion.server.secrets.ProjectSecrets;
import io.dotportion.server.secrets.SecretBodies;
import io.dotportion.server.secrets.SecretService;
import io.dotportion.server.secrets.SecretTestLimits;
import io.dotportion.server.secrets.SecretTestService;
import io.dotportion.server.secrets.SecretUsage;
import io.dotportion.server.template.TemplateCatalog;
import io.dotportion.server.template.TemplateService;
import io.dotportion.server.workflow.DeployService;
import io.dotportion.server.workflow.Deployer;
import io.dotportion.server.workflow.Drafts;
import io.dotportion.server.workflow.TestRunService;
import io.dotportion.server.workflow.WorkflowAccess;
import io.dotportion.server.workflow.WorkflowService;
import java.security.SecureRandom;
import java.time.Clock;

/** Builds the HTTP services from the platform's parts (constructor injection, nothing static). */
final class Services {
    private final Deployer deployer;
    private final ProjectKeys keys;
    private final HttpApi httpApi;

    Services(
            PlatformConfig config,
            Clock clock,
            SecureRandom random,
            Storage storage,
            WorkflowCompiler compiler,
            Routes routes,
            ProjectSecrets secrets,
            PasswordHasher hasher,
            TraceFormatter traces,
            ExecutionLog log,
            ExecutionIds ids,
            ProjectPolicies policies,
            RateLimiter limiter,
            Ops ops,
            EgressPolicy egress) {
        JsonRequests json = new JsonRequests(config.apiMaxBodyBytes());
        Tokens tokens = new Tokens(storage.tokens(), clock, random, config.sessionTtl());
        ProjectAccess projects = new ProjectAccess(storage.projects(), storage.members());
        this.keys = new ProjectKeys(storage.users());
        WorkflowAccess workflows = new WorkflowAccess(storage.workflows(), projects);
        Drafts drafts = new Drafts(compiler, secrets);
        SecretUsage usage = new SecretUsage(storage.workflows(), compiler.registry());
        this.deployer = new Deployer(storage.workflows(), drafts, routes, keys, clock);
        this.httpApi = new HttpApi(
                new AuthFilter(tokens, storage.users()),
                new AuthService(
                        storage.users(),
                        hasher,
                        tokens,
                        json,
                        new LoginThrottle(storage.loginAttempts(), clock, config.loginThrottle()),
                        new ClientAddress(config.gateway().trustedProxies())),
                new TokenService(tokens, json),
                new ProjectService(
                        storage.projects(),
                        storage.members(),
                        ops.projectRemoval(storage, secrets),
                        projects,
                        routes,
                        keys,
                        json,
                        clock,
                        config.gateway().slugRedirectPeriod()),
                new MemberService(storage.members(), storage.users(), projects, json, clock),
                new WorkflowService(storage.workflows(), projects, workflows, drafts, routes, json),
                new DeployService(storage.workflows(), workflows, deployer, json, secrets.vault()),
                new TestRunService(workflows, drafts, secrets, traces, log, ids, json, clock),
                new ExecutionService(storage.executions(), projects),
                new SecretService(
                        secrets.vault(), usage, storage.audit(), projects, new SecretBodies(config.apiMaxBodyBytes())),
                new EnvironmentService(secrets.vault(), usage, projects),
                secretTests(secrets, projects, egress, config.apiMaxBodyBytes(), clock),
                new Gateway(
                        routes,
                        secrets,
                        log,
                        ids,
                        config.limits(),
                        clock,
                        policies,
                        limiter,
                        config.gateway(),
                        ops.gatewayMetrics()),
                ops.api(
                        storage,
                        secrets,
                        projects,
                        workflows,
                        routes,
                        keys,
                        json,
                        clock,
                        compiler.registry(),
                        config.metrics()),
                new ClientErrorLog(clock),
                new NodeTypeService(compiler.registry()),
                new TemplateService(
                        TemplateCatalog.shipped(),
                        projects,
                        storage.workflows(),
                        drafts,
                        secrets.vault(),
                        ops.schemaSetup(),
                        json));
    }

    private static SecretTestService secretTests(
            ProjectSecrets secrets, ProjectAccess projects, EgressPolicy egress, long maxBodyBytes, Clock clock) {
        SecretTestLimits limits = SecretTestLimits.defaults();
        return new SecretTestService(
                secrets.vault(),
                projects,
                new MongoProbe(egress, limits.timeout()),
                limits,
                new SecretBodies(maxBodyBytes),
                clock);
    }

    Deployer deployer() {
        return deployer;
    }

    ProjectKeys keys() {
        return keys;
    }

    HttpApi httpApi() {
        return httpApi;
    }
}
