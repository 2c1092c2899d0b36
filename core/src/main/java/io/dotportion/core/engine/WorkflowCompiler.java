package io.dotportion.core.engine;

import io.dotportion.core.limit.Limits;
import io.dotportion.core.model.DotPortionShape;
import io.dotportion.core.model.Violation;
import io.dotportion.core.model.WorkflowDocument;
import io.dotportion.core.secret.SecretCatalog;
import java.util.List;

/**
 * Validates workflow documents and compiles them into immutable plans. Both first bring the document
 * into our shape ({@link io.dotportion.core.model.DotPortionShape}), so a DotPortion export validates as is;
 * callers that store documents should store the normalised form.
 */
public final class WorkflowCompiler {
    private final NodeRegistry registry;
    private final Limits limits;
    private final UnknownFields unknownFields;

    /** A document without the node fields no config binds, and an {@code UNKNOWN_FIELD} error for each one removed. */
    public record Stripped(WorkflowDocument document, List<Violation> removed) {}

    public WorkflowCompiler(NodeRegistry registry, Limits limits) {
        this.registry = registry;
        this.limits = limits;
        this.unknownFields = new UnknownFields(registry);
    }

    /** The node types this compiler knows. */
    public NodeRegistry registry() {
        return registry;
    }

    /** The document in our shape, DotPortion's export accepted ({@link DotPortionShape}). */
    public WorkflowDocument normalize(WorkflowDocument document) {
        return DotPortionShape.normalize(document, registry::branches);
    }

    /**
     * Removes from every node's data the fields its type does not know (the editor's {@code label} stays), each
     * named by an {@link io.dotportion.core.model.ViolationCode#UNKNOWN_FIELD} error at its path (the same errors
     * {@link #validate} reports). Call it before storing or exporting a document, so that nothing but
     * configuration is stored or exported, and before compiling a version that served before such fields were
     * errors.
     */
    public Stripped stripUnknownFields(WorkflowDocument document) {
        return unknownFields.strip(document);
    }

    /**
     * Every problem of the document, errors and warnings, each with its JSON path. A secret the project lacks,
     * of another type, or too short for its node is a warning unless {@code forDeploy}, then an error; with
     * {@link SecretCatalog#UNCHECKED} secrets are not checked at all.
     */
    public List<Violation> validate(WorkflowDocument document, SecretCatalog secrets, boolean forDeploy) {
        return Validation.run(document, registry, unknownFields, secrets, forDeploy)
                .violations();
    }

    /** Validates as for deploy and compiles; throws {@link InvalidWorkflowException} with every error. */
    public CompiledWorkflow compile(WorkflowDocument document, SecretCatalog secrets) {
        Validation validation = Validation.run(document, registry, unknownFields, secrets, true);
        List<Violation> errors = validation.errors();
        if (!errors.isEmpty()) {
            throw new InvalidWorkflowException(errors);
        }
        return new PlanBuilder(validation, limits).build();
    }

    /**
     * Compiles a version that served before (start-up, rollback), under the rules it was deployed with: fields
     * no config knows are removed, and the checks added since it may have been deployed do not stop it
     * ({@link ServedRules}). Throws {@link InvalidWorkflowException} with every other error.
     */
    public CompiledWorkflow compileServed(WorkflowDocument document, SecretCatalog secrets) {
        Validation validation = Validation.run(
                stripUnknownFields(normalize(document)).document(), registry, unknownFields, secrets, true);
        List<Violation> errors = ServedRules.errors(validation);
        if (!errors.isEmpty()) {
            throw new InvalidWorkflowException(errors);
        }
        return new PlanBuilder(validation, limits).build();
    }

    public Limits limits() {
        return limits;
    }
}
