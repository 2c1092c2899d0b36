package io.dotportion.server.workflow;

import io.dotportion.core.engine.CompiledWorkflow;
import io.dotportion.core.engine.InvalidWorkflowException;
import io.dotportion.core.engine.WorkflowCompiler;
import io.dotportion.core.model.DocumentReading;
import io.dotportion.core.model.Violation;
import io.dotportion.core.model.WorkflowDocument;
import io.dotportion.core.model.WorkflowDocuments;
import io.dotportion.core.secret.SecretCatalog;
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

    public Drafts(WorkflowCompiler compiler, ProjectSecrets secrets) {
        this.compiler = compiler;
        this.secrets = secrets;
    }

    /**
     * Reads a raw JSON tree as a workflow and validates it as a draft (unknown secrets are warnings). A node
     * that names no secret gets the project's one secret of its type ({@link SecretReferences}); fields no
     * node type knows are removed, each with an {@code UNKNOWN_FIELD} warning (so a pasted connection string
     * or password is neither stored nor exported).
     */
    public Checked check(Object raw, String projectId) {
        DocumentReading reading = WorkflowDocuments.read(raw);
        SecretCatalog catalog = secrets.catalog(projectId);
        WorkflowCompiler.Stripped stripped = compiler.stripUnknownFields(compiler.normalize(reading.document()));
        SecretReferences.Filled filled = SecretReferences.fill(stripped.document(), catalog, compiler.registry());
        List<Violation> validation = compiler.validate(filled.document(), catalog, false);
        List<Violation> all = new ArrayList<>(stripped.warnings());
        all.addAll(SecretReferences.merge(filled.violations(), validation));
        boolean readable = reading.violations().stream().noneMatch(Violation::isError);
        return new Checked(filled.document(), reading.withValidation(all), readable);
    }

    /** A stored document as it may be exported: without fields no node type knows (stored before they were removed). */
    public WorkflowDocument exportable(WorkflowDocument document) {
        return compiler.stripUnknownFields(document).document();
    }

    /** Validates a stored draft. */
    public Checked check(WorkflowDocument document, String projectId, boolean forDeploy) {
        return new Checked(document, compiler.validate(document, secrets.catalog(projectId), forDeploy), true);
    }

    /** Compiles for deploy or a test run; 400 INVALID_WORKFLOW with every error when it cannot. */
    public CompiledWorkflow compile(WorkflowDocument document, String projectId) {
        try {
            return compiler.compile(document, secrets.catalog(projectId));
        } catch (InvalidWorkflowException e) {
            throw InvalidWorkflows.of(e.violations(), document);
        }
    }
}
