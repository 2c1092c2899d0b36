package io.dotportion.server.wiring;

import io.dotportion.core.egress.EgressDecision;
import io.dotportion.core.engine.WorkflowCompiler;
import io.dotportion.core.limit.Limits;
import io.dotportion.core.model.DocumentReading;
import io.dotportion.core.model.NodeSpec;
import io.dotportion.core.model.Violation;
import io.dotportion.core.model.WorkflowDocument;
import io.dotportion.core.model.WorkflowDocuments;
import io.dotportion.core.node.SecretField;
import io.dotportion.core.secret.SecretCatalog;
import io.dotportion.nodes.http.HttpSettings;
import io.dotportion.nodes.http.OutboundHttp;
import io.dotportion.nodes.mongo.DocumentValidator;
import io.dotportion.nodes.mongo.MongoClientPool;
import io.dotportion.nodes.mongo.MongoPoolSettings;
import io.dotportion.nodes.password.PasswordWorkers;
import io.dotportion.nodes.script.JsSandbox;
import io.dotportion.nodes.script.SandboxSettings;
import io.dotportion.server.secrets.SecretUsage;
import java.time.Clock;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The server's workflow validation without a server, for {@code dotportion workflow validate FILE}: the same
 * node registry ({@link NodeTypes}), compiler and checks (node settings, templates, script syntax, the graph),
 * with no store, no project and no connection. Only the project's secrets are not checked (their existence,
 * type and length), and a node naming no secret is not told to (the server would give it the project's one
 * secret of its type). Close it to stop the script engine.
 */
public final class OfflineValidator implements AutoCloseable {
    /** The line that says what offline validation leaves out. */
    public static final String SECRETS_NOT_CHECKED = "secrets not checked offline (use --project to check them)";

    private final JsSandbox sandbox;
    private final MongoClientPool clients;
    private final PasswordWorkers passwords;
    private final OutboundHttp outbound;
    private final WorkflowCompiler compiler;

    private OfflineValidator(Limits limits) {
        this.sandbox = new JsSandbox(SandboxSettings.of(limits));
        this.clients = new MongoClientPool(
                MongoPoolSettings.defaults(),
                (host, ports) -> new EgressDecision.Refused(EgressDecision.Reason.RESTRICTED_ADDRESS));
        this.passwords = new PasswordWorkers(1);
        this.outbound = new OutboundHttp(
                (host, ports) -> new EgressDecision.Refused(EgressDecision.Reason.RESTRICTED_ADDRESS),
                HttpSettings.defaults());
        this.compiler = new WorkflowCompiler(
                NodeTypes.registry(
                        limits,
                        sandbox,
                        projectId -> {
                            throw new IllegalStateException("no managed database offline");
                        },
                        DocumentValidator.NONE,
                        clients,
                        passwords,
                        outbound,
                        Clock.systemUTC(),
                        List.of()),
                limits);
    }

    /** A validator with the platform's default limits. */
    public static OfflineValidator open() {
        return new OfflineValidator(Limits.defaults());
    }

    /** Every problem of a raw JSON document (our shape or DotPortion's), shape and validation, as for deploy. */
    public List<Violation> validate(Object raw) {
        DocumentReading reading = WorkflowDocuments.read(raw);
        WorkflowDocument document = compiler.normalize(reading.document());
        Set<String> unnamed = unnamedSecretFields(document);
        List<Violation> found = compiler.validate(document, SecretCatalog.UNCHECKED, true).stream()
                .filter(v -> !unnamed.contains(v.path()))
                .toList();
        return reading.withValidation(found);
    }

    /** Paths of the secret fields left empty, which the server fills with the project's one secret of the type. */
    private Set<String> unnamedSecretFields(WorkflowDocument document) {
        Set<String> paths = new HashSet<>();
        for (int i = 0; i < document.nodes().size(); i++) {
            NodeSpec node = document.nodes().get(i);
            for (SecretField field : SecretUsage.secretFields(compiler.registry(), node.type())) {
                if (node.data().get(field.field()) == null) {
                    paths.add("nodes[" + i + "].data." + field.field());
                }
            }
        }
        return paths;
    }

    @Override
    public void close() {
        outbound.close();
        passwords.close();
        clients.close();
        sandbox.close();
    }
}
