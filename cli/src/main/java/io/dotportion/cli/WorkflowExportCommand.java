package io.dotportion.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dotportion workflow export}: a workflow's draft as a stable JSON file (or on stdout). */
@Command(
        name = "export",
        mixinStandardHelpOptions = true,
        description = "Write a workflow's draft as JSON (stable bytes: the same workflow gives the same file).")
final class WorkflowExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ApiOptions api;

    @Parameters(index = "0", paramLabel = "WORKFLOW_ID", description = "The workflow to export.")
    String workflowId;

    @Option(
            names = {"-o", "--output"},
            paramLabel = "FILE",
            description = "Write here instead of standard output.")
    Path output;

    @Override
    public Integer call() {
        return Commands.run(spec, () -> {
            Object document = api.client().call("GET", "/v1/workflows/" + Paths.segment(workflowId) + "/export", null);
            warnAboutLiterals(document);
            String text = WorkflowFiles.format(document);
            if (output == null) {
                spec.commandLine().getOut().print(text);
                spec.commandLine().getOut().flush();
            } else {
                WorkflowFiles.write(output, text);
                spec.commandLine().getErr().println("exported workflow " + workflowId + " to " + output);
            }
            return 0;
        });
    }

    /** The server lists the leak check's findings beside the document (docs/SECRETS.md#leak-check). */
    private void warnAboutLiterals(Object document) {
        if (document instanceof Map<?, ?> map && map.get("credentialLiterals") instanceof List<?> l && !l.isEmpty()) {
            spec.commandLine()
                    .getErr()
                    .println("warning: the export carries " + l.size() + " credential literal(s) the leak check"
                            + " flags (listed in credentialLiterals); keep credentials in secrets");
        }
    }
}
