package io.dotportion.cli;

import io.dotportion.core.model.DocumentReading;
import io.dotportion.core.model.Violation;
import io.dotportion.core.model.WorkflowDocuments;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code dotportion workflow validate}: every problem of a workflow file with its JSON path. With
 * {@code --project} the server validates it fully (node settings, scripts, templates, the project's
 * secrets); without, only the file's shape is checked, offline.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "List every problem of a workflow file with its JSON path; exit 1 when there are errors.",
            "With --project the server checks everything (nodes, templates, the project's secrets); "
                    + "without, only the file's shape is checked, offline (no server, no token)."
        })
final class WorkflowValidateCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ApiOptions api;

    @Parameters(index = "0", paramLabel = "FILE", description = "The workflow file.")
    Path file;

    @Option(names = "--project", paramLabel = "PROJECT_ID", description = "Validate on the server, for this project.")
    String projectId;

    @Override
    public Integer call() {
        return Commands.run(spec, () -> {
            Object document = WorkflowFiles.read(file);
            Object violations = projectId == null
                    ? offline(document)
                    : ((Map<?, ?>) api.client()
                                    .call(
                                            "POST",
                                            "/v1/projects/" + Paths.segment(projectId) + "/workflows/validate",
                                            document))
                            .get("violations");
            PrintWriter out = spec.commandLine().getOut();
            boolean invalid = Violations.anyError(violations);
            out.println(file + (invalid ? ": invalid" : ": valid") + Violations.lines(violations));
            out.flush();
            return invalid ? Commands.FAILED : 0;
        });
    }

    private static List<Map<String, Object>> offline(Object document) {
        DocumentReading reading = WorkflowDocuments.read(document);
        return reading.violations().stream().map(WorkflowValidateCommand::view).toList();
    }

    private static Map<String, Object> view(Violation v) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("path", v.path());
        view.put("code", v.code().name());
        view.put("message", v.message());
        view.put("severity", v.severity().name().toLowerCase(java.util.Locale.ROOT));
        return view;
    }
}
