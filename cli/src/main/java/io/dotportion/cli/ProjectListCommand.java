package io.dotportion.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dotportion project list}: the projects the token's user can see, one per line. */
@Command(
        name = "list",
        mixinStandardHelpOptions = true,
        description = "List the projects you can see: id, owner/slug and name (through the API).")
final class ProjectListCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    ApiOptions api;

    @Override
    public Integer call() {
        return Commands.run(spec, () -> {
            PrintWriter out = spec.commandLine().getOut();
            if (api.client().call("GET", "/v1/projects", null) instanceof List<?> projects) {
                for (Object item : projects) {
                    Map<?, ?> p = (Map<?, ?>) item;
                    out.println(p.get("id") + "  " + p.get("owner") + "/" + p.get("slug") + "  " + p.get("name"));
                }
            }
            out.flush();
            return 0;
        });
    }
}
