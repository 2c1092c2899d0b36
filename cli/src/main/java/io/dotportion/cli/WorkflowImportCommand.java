package io.dotportion.cli;

import io.dotportion.core.value.Json;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dotportion workflow import}: a workflow file as a new workflow of a project. */
@Command(
        name = "import",
        mixinStandardHelpOptions = true,
        description = {
            "Create a workflow in a project from a JSON file (ours or DotPortion's shape).",
            "Prints the new workflow's id; problems are listed with their JSON paths."
        })
final class WorkflowImportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ApiOptions api;

    @Parameters(index = "0", paramLabel = "PROJECT_ID", description = "The project to add the workflow to.")
    String projectId;

    @Parameters(index = "1", paramLabel = "FILE", description = "The workflow file.")
    Path file;

    @Override
    public Integer call() {
        return Commands.run(spec, () -> {
            Object document = WorkflowFiles.read(file);
            String answer = api.client()
                    .send(
                            "POST",
                            "/v1/projects/" + Paths.segment(projectId) + "/workflows/import",
                            Json.write(document));
            Map<?, ?> created = (Map<?, ?>) Json.parse(answer);
            spec.commandLine().getOut().println(created.get("id"));
            spec.commandLine().getOut().flush();
            String warnings = Violations.lines(created.get("warnings"));
            if (!warnings.isEmpty()) {
                spec.commandLine().getErr().println("imported with warnings:" + warnings);
            }
            return 0;
        });
    }
}
