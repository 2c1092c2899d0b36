package io.dotportion.server.workflow;

import io.dotportion.core.engine.CompiledWorkflow;
import io.dotportion.core.engine.InvalidWorkflowException;
import io.dotportion.core.engine.WorkflowCompiler;
import io.dotportion.core.leak.CredentialScanner;
import io.dotportion.core.model.DocumentReading;
import io.dotportion.core.model.Violation;
import io.dotportion.core.model.WorkflowDocument;
import io.dotportion.core.model.WorkflowDocuments;
import io.dotportion.core.port.Project;
import io.dotportion.core.secret.SecretCatalog;
import io.dotportion.secrets.vault.SecretScope;
import io.dotportion.server.leak.LeakCheck;
import io.dotportion.server.secrets.ProjectSecrets;
import java.util.ArrayList;
import java.util.List;

/** Reads workflow documents (our shape or DotPortion's), validates and compiles them for one project. */
public final class Drafts {

    /**
     * A document read from JSON, normalised, with every problem found (shape and validation); {@code readable}
     * is false when the JSON has the wrong shape for a workflow (not an object, nodes not an array, ...).
     */
    public record Checked(WorkflowDocument document, List<Violation> violations, boolean readable) {
        public boolean valid() {
            return violations.stream().noneMatch(Violation::isError);
        }

        public List<Violation> warnings() {
            return InvalidWorkflows.warnings(violations);
        }
    }

    private final WorkflowCompiler compiler;
    private final ProjectSecrets secrets;
    private final LeakCheck leaks = new LeakCheck(new CredentialScanner());

    public Drafts(WorkflowCompiler compiler, ProjectSecrets secrets) {
        this.compiler = compiler;
        this.secrets = secrets;
    }

    /**
     * Reads a raw JSON tree as a workflow and validates it as a draft (problems of the project's secrets are
     * warnings). A node that names no secret gets the project's one secret of its type ({@link SecretReferences}).
     * A field no node type knows is an {@code UNKNOWN_FIELD} error (with the field it was probably meant to be);
     * a draft saved with it keeps it, so that it shows until fixed and deploy refuses it, while exports leave it
     * out ({@link #exportable}). Credential-looking literals are the leak check's warnings.
     */
    public Checked check(Object raw, String projectId) {
        DocumentReading reading = WorkflowDocuments.read(raw);
        SecretCatalog catalog = secrets.catalog(projectId);
        SecretReferences.Filled filled =
                SecretReferences.fill(compiler.normalize(reading.document()), catalog, compiler.registry());
        List<Violation> validation = compiler.validate(filled.document(), catalog, false);
        List<Violation> all = new ArrayList<>(SecretReferences.merge(filled.violations(), validation));
        all.addAll(leaks.warnings(filled.document()));
        boolean readable = reading.violations().stream().noneMatch(Violation::isError);
        return new Checked(filled.document(), reading.withValidation(all), readable);
    }

    /** A stored document as it may be exported: without fields no node type knows (stored before they were removed). */
    public WorkflowDocument exportable(WorkflowDocument document) {
        return compiler.stripUnknownFields(document).document();
    }

    /** Validates a stored draft (with the leak check's warnings unless for deploy, which refuses them itself). */
    public Checked check(WorkflowDocument document, String projectId, boolean forDeploy) {
        List<Violation> all = new ArrayList<>(compiler.validate(document, secrets.catalog(projectId), forDeploy));
        all.addAll(forDeploy ? List.of() : leaks.warnings(document));
        return new Checked(document, all, true);
    }

    /** The leak check (docs/SECRETS.md#leak-check). */
    public LeakCheck leaks() {
        return leaks;
    }

    /**
     * Compiles for a deploy bound to {@code environment}: also an error for each node naming a secret that has
     * no value there, and for each credential literal the project does not allow (the leak check), in the same
     * list as every other error (400 INVALID_WORKFLOW). The plan runs with that environment's values.
     */
    public CompiledWorkflow compileForDeploy(WorkflowDocument document, Project project, String environment) {
        String projectId = project.id();
        List<Violation> more = new ArrayList<>(SecretReferences.missingValues(
                document,
                secrets.catalog(projectId),
                secrets.catalog(projectId, new SecretScope(environment, false)),
                compiler.registry(),
                environment));
        more.addAll(leaks.deployErrors(project, document));
        CompiledWorkflow plan;
        try {
            plan = compiler.compile(document, secrets.catalog(projectId));
        } catch (InvalidWorkflowException e) {
            List<Violation> all = new ArrayList<>(e.violations());
            all.addAll(more);
            throw InvalidWorkflows.of(all, document);
        }
        if (!more.isEmpty()) {
            throw InvalidWorkflows.of(more, document);
        }
        return EnvironmentPlan.bind(plan, environment);
    }

    /** Compiles for deploy or a test run; 400 INVALID_WORKFLOW with every error when it cannot. */
    public CompiledWorkflow compile(WorkflowDocument document, String projectId) {
        try {
            return compiler.compile(document, secrets.catalog(projectId));
        } catch (InvalidWorkflowException e) {
            throw InvalidWorkflows.of(e.violations(), document);
        }
    }

    /**
     * Compiles a version that served before (start-up, rollback) under the rules it was deployed with
     * ({@link WorkflowCompiler#compileServed}); 400 INVALID_WORKFLOW with every error when it cannot.
     */
    public CompiledWorkflow compileServed(WorkflowDocument document, String projectId) {
        try {
            return compiler.compileServed(document, secrets.catalog(projectId));
        } catch (InvalidWorkflowException e) {
            throw InvalidWorkflows.of(e.violations(), document);
        }
    }
}
