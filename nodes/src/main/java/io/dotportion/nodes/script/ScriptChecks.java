package io.dotportion.nodes.script;

import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.node.ValidationContext;
import io.dotportion.core.template.EmbeddedTemplates;
import io.dotportion.core.template.TemplatePath;
import io.dotportion.core.template.TemplateProblem;
import java.util.ArrayList;
import java.util.List;

/** Save-time checks of a node's script: present, placeholders well-formed and pointing at real nodes, compiles. */
public final class ScriptChecks {
    private ScriptChecks() {}

    /** Every problem of {@code code}, reported at {@code field} (the config field holding it). */
    public static List<Violation> check(
            JsSandbox sandbox, String field, String code, NodeScript.Form form, ValidationContext context) {
        if (code == null || code.isBlank()) {
            return List.of(Violation.error(field, ViolationCode.INVALID_CONFIG, field + " is required"));
        }
        List<Violation> out = new ArrayList<>();
        EmbeddedTemplates templates = EmbeddedTemplates.extract(code);
        for (TemplateProblem problem : templates.problems()) {
            out.add(Violation.error(field, ViolationCode.BAD_TEMPLATE, problem.message()));
        }
        for (EmbeddedTemplates.Binding binding : templates.bindings()) {
            TemplatePath path = binding.path();
            if (path.root() == TemplatePath.Root.STEP && !context.nodeIds().contains(path.nodeId())) {
                out.add(Violation.error(
                        field,
                        ViolationCode.UNKNOWN_REFERENCE,
                        "'{{" + path.text() + "}}' names node '" + path.nodeId() + "', which is not in this workflow"));
            }
        }
        if (templates.problems().isEmpty()) {
            List<String> parameters = new ArrayList<>(NodeScript.VARIABLES);
            templates.bindings().forEach(binding -> parameters.add(binding.variable()));
            try {
                NodeScript.prepare(sandbox, templates.source(), parameters, form);
            } catch (ScriptSyntaxException e) {
                int column = UserColumns.of(code, templates.source(), e.line(), e.column());
                ScriptSyntaxException users = new ScriptSyntaxException(e.getMessage(), e.line(), column);
                out.add(Violation.error(field, ViolationCode.SCRIPT_SYNTAX, users.describe()));
            }
        }
        return out;
    }
}
