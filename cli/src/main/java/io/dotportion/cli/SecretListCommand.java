package io.dotportion.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dotportion secret list}: names, types, versions and users of a project's secrets; never values. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description =
                "List a project's secrets: name, type, version, last change and the workflows using them (never values).")
final class SecretListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ApiOptions api;

    @Parameters(index = "0", paramLabel = "PROJECT_ID", description = "The project.")
    String projectId;

    @Override
    public Integer call() {
        return Commands.run(spec, () -> {
            PrintWriter out = spec.commandLine().getOut();
            if (api.client().call("GET", "/v1/projects/" + Paths.segment(projectId) + "/secrets", null)
                    instanceof List<?> secrets) {
                for (Object item : secrets) {
                    Map<?, ?> s = (Map<?, ?>) item;
                    List<?> usedBy = s.get("usedBy") instanceof List<?> uses ? uses : List.of();
                    out.println(s.get("name") + "  " + s.get("type") + "  v" + s.get("version") + "  updated "
                            + s.get("updatedAt") + " by " + s.get("updatedBy") + "  used by " + usedBy.size()
                            + " workflow(s)");
                }
            }
            out.flush();
            return 0;
        });
    }
}
