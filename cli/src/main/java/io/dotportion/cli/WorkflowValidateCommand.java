package io.dotportion.cli;

import io.dotportion.core.model.Violation;
import io.dotportion.server.wiring.OfflineValidator;
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
 * {@code --project} the server validates it for that project; without, the same compiler runs here, offline
 * ({@link OfflineValidator}: the server's node types, templates, script syntax and graph checks), and only the
 * project's secrets are not checked, which the output says.
 */
@Command(
        name = "validate",
        mixinStandardHelpOptions = true,
        description = {
            "List every problem of a workflow file with its JSON path; exit 1 when there are errors.",
            "With --project the server checks it for that project; without, the server's own checks run "
                    + "here, offline (no server, no token): everything but the project's secrets."
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
            if (projectId == null) {
                out.println("info: " + OfflineValidator.SECRETS_NOT_CHECKED);
            }
            out.flush();
            return invalid ? Commands.FAILED : 0;
        });
    }

    private static List<Map<String, Object>> offline(Object document) {
        try (OfflineValidator validator = OfflineValidator.open()) {
            return validator.validate(document).stream()
                    .map(WorkflowValidateCommand::view)
                    .toList();
        }
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
