package io.dotportion.core.engine;

import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.node.ValidationContext;
import io.dotportion.core.secret.SecretCatalog;
import io.dotportion.core.template.TemplatePath;
import io.dotportion.core.template.TemplateProblem;
import io.dotportion.core.template.ValueTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/** What node types see while validating: node ids, the project's secret names, and template checks. */
final class NodeValidationContext implements ValidationContext {
    private final Set<String> nodeIds;
    private final SecretCatalog secrets;

    NodeValidationContext(Set<String> nodeIds, SecretCatalog secrets) {
        this.nodeIds = nodeIds;
        this.secrets = secrets == null ? SecretCatalog.EMPTY : secrets;
    }

    @Override
    public Set<String> nodeIds() {
        return nodeIds;
    }

    @Override
    public Set<String> secretNames(String type) {
        Set<String> names = secrets.names(type);
        return names == null ? Set.of() : names;
    }

    @Override
    public OptionalInt secretBytes(String type, String name) {
        return name == null ? OptionalInt.empty() : secrets.valueBytes(type, name);
    }

    SecretCatalog catalog() {
        return secrets;
    }

    @Override
    public List<Violation> checkTemplate(String path, ValueTemplate template) {
        if (template == null) {
            return List.of();
        }
        List<Violation> out = new ArrayList<>();
        for (TemplateProblem problem : template.problems()) {
            out.add(Violation.error(path + problem.at(), ViolationCode.BAD_TEMPLATE, problem.message()));
        }
        for (TemplatePath ref : template.paths()) {
            if (ref.root() == TemplatePath.Root.STEP && !nodeIds.contains(ref.nodeId())) {
                out.add(Violation.error(
                        path,
                        ViolationCode.UNKNOWN_REFERENCE,
                        "{{" + ref.text() + "}} names node '" + ref.nodeId() + "' that does not exist"));
            }
        }
        return out;
    }
}
