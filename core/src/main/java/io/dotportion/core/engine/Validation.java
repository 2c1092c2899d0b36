package io.dotportion.core.engine;

import io.dotportion.core.model.DotPortionShape;
import io.dotportion.core.model.Violation;
import io.dotportion.core.model.WorkflowDocument;
import io.dotportion.core.secret.SecretCatalog;
import java.util.ArrayList;
import java.util.List;

/**
 * One validation of a document, run as named steps (structure, handles, graph, loops, configs). Keeps what the
 * plan builder needs: the resolved document and the bound configs.
 */
record Validation(DocumentIndex index, List<Violation> violations, Object[] configs) {

    static Validation run(
            WorkflowDocument document,
            NodeRegistry registry,
            UnknownFields unknownFields,
            SecretCatalog secrets,
            boolean forDeploy) {
        DocumentIndex index = new DocumentIndex(DotPortionShape.normalize(document, registry::branches), registry);
        List<Violation> out = new ArrayList<>();
        new StructureCheck(index, out).run();
        new HandleCheck(index, out).run();
        new GraphCheck(index, out).run();
        new LoopCheck(index, out).run();
        NodeValidationContext context = new NodeValidationContext(index.nodeIds(), secrets);
        Object[] configs = new ConfigCheck(index, context, unknownFields, forDeploy, out).run();
        return new Validation(index, List.copyOf(out), configs);
    }

    List<Violation> errors() {
        return violations.stream().filter(Violation::isError).toList();
    }
}
