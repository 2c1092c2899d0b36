package io.dotportion.cli;

import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dotportion workflow deploy}: deploys a workflow's draft as a new version. */
@Command(
        name = "deploy",
        mixinStandardHelpOptions = true,
        description = "Deploy a workflow's current draft as a new version (through the API); prints the version.")
final class WorkflowDeployCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ApiOptions api;

    @Parameters(index = "0", paramLabel = "WORKFLOW_ID", description = "The workflow to deploy.")
    String workflowId;

    @Override
    public Integer call() {
        return Commands.run(spec, () -> {
            Map<?, ?> answer = (Map<?, ?>)
                    api.client().call("POST", "/v1/workflows/" + Paths.segment(workflowId) + "/deploy", null);
            spec.commandLine()
                    .getOut()
                    .println("deployed workflow " + workflowId + " as version " + answer.get("version"));
            spec.commandLine().getOut().flush();
            return 0;
        });
    }
}
