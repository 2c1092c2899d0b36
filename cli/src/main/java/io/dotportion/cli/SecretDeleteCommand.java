package io.dotportion.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code dotportion secret delete}: deletes a secret; refused while deployed versions use it, unless forced. */
@Command(
        name = "delete",
        mixinStandardHelpOptions = true,
        description = "Delete a secret. Refused while deployed workflow versions use it, unless --force.")
final class SecretDeleteCommand implements Callable<Integer> {
    private static final String IN_USE = "SECRET_IN_USE";

    @Spec
    CommandSpec spec;

    @Mixin
    ApiOptions api;

    @Parameters(index = "0", paramLabel = "PROJECT_ID", description = "The project.")
    String projectId;

    @Parameters(index = "1", paramLabel = "NAME", description = "The secret's name.")
    String name;

    @Option(names = "--force", description = "Delete even while deployed workflow versions use it (they then fail).")
    boolean force;

    @Override
    public Integer call() {
        return Commands.run(spec, () -> {
            try {
                api.client()
                        .call(
                                "DELETE",
                                "/v1/projects/" + Paths.segment(projectId) + "/secrets/" + Paths.segment(name)
                                        + (force ? "?force=true" : ""),
                                null);
            } catch (CliFailure e) {
                throw e.getMessage().contains(IN_USE) ? new CliFailure(e.getMessage() + " (here: add --force)") : e;
            }
            spec.commandLine().getOut().println("deleted secret " + name);
            spec.commandLine().getOut().flush();
            return 0;
        });
    }
}
