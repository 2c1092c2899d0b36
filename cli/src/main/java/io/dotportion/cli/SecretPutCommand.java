package io.dotportion.cli;

import io.dotportion.secrets.vault.SecretType;
import java.nio.file.Path;
import java.util.Arrays;
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

/** {@code dotportion secret put}: creates or replaces a secret; the value never comes from an argument. */
@Command(
        name = "put",
        mixinStandardHelpOptions = true,
        description = {
            "Create or replace a secret. The value is read from standard input (one trailing line break "
                    + "dropped) or --value-file; never give it as an argument. Prints the name and version, never the value.",
            "--generate makes the server generate a jwt key (no value read).",
            "--environment writes that environment's value (default live); --stage stores it as a staged version."
        })
final class SecretPutCommand implements Callable<Integer> {
    /** The largest value accepted from stdin or a file (the server applies its own limits as well). */
    static final int MAX_VALUE_BYTES = 64 * 1024;

    @Spec
    CommandSpec spec;

    @Mixin
    ApiOptions api;

    @Parameters(index = "0", paramLabel = "PROJECT_ID", description = "The project.")
    String projectId;

    @Parameters(index = "1", paramLabel = "NAME", description = "The secret's name.")
    String name;

    @Option(
            names = "--type",
            required = true,
            description = "The secret's type: jwt, mongodb, apiKey, bearer or basic (user:password).")
    String type;

    @Option(names = "--generate", description = "Let the server generate a jwt key instead of reading a value.")
    boolean generate;

    @Option(
            names = "--value-file",
            paramLabel = "FILE",
            description = "Read the value from this file instead of standard input.")
    Path valueFile;

    @Option(
            names = "--grace-seconds",
            paramLabel = "N",
            description = "jwt: how long tokens signed with the replaced key still verify.")
    Integer graceSeconds;

    @Option(
            names = "--environment",
            paramLabel = "NAME",
            description = "The environment whose value this is: live (default), test, or one the project added.")
    String environment;

    @Option(names = "--stage", description = "Store a staged version that no deployed run uses until promoted.")
    boolean stage;

    @Option(
            names = "--key-in",
            paramLabel = "header|query",
            description = "apiKey: where the http node sends the key (with --key-name).")
    String keyIn;

    @Option(
            names = "--key-name",
            paramLabel = "NAME",
            description = "apiKey: the header or query parameter name (with --key-in).")
    String keyName;

    @Override
    public Integer call() {
        return Commands.run(spec, () -> {
            if (SecretType.byId(type).isEmpty()) {
                throw new CliFailure("--type must be " + typeIds());
            }
            if (generate && valueFile != null) {
                throw new CliFailure("give either --generate or --value-file, not both");
            }
            Map<String, Object> body = new LinkedHashMap<>();
            body.put("type", type);
            if (generate) {
                body.put("generate", true);
            } else {
                body.put("value", Input.read(valueFile, Main.stdin(spec), "secret value", MAX_VALUE_BYTES));
            }
            if (graceSeconds != null) {
                body.put("graceSeconds", graceSeconds);
            }
            if (environment != null) {
                body.put("environment", environment);
            }
            if (stage) {
                body.put("stage", true);
            }
            if (keyIn != null || keyName != null) {
                if (keyIn == null || keyName == null) {
                    throw new CliFailure("give --key-in and --key-name together");
                }
                body.put("metadata", Map.of("in", keyIn, "name", keyName));
            }
            Map<?, ?> written = (Map<?, ?>) api.client()
                    .call("PUT", "/v1/projects/" + Paths.segment(projectId) + "/secrets/" + Paths.segment(name), body);
            spec.commandLine().getOut().println(summary(written));
            spec.commandLine().getOut().flush();
            return 0;
        });
    }

    /** What was written: the live version, or the environment's (staged) version. */
    private String summary(Map<?, ?> written) {
        String secret = "secret " + written.get("name") + " (" + written.get("type") + ")";
        String target = environment == null ? "live" : environment;
        if (!stage && target.equals("live")) {
            return secret + " is at version " + written.get("version");
        }
        Object version = null;
        if (written.get("environments") instanceof List<?> environments) {
            for (Object e : environments) {
                if (e instanceof Map<?, ?> env && target.equals(env.get("name"))) {
                    version = stage && env.get("staged") instanceof Map<?, ?> staged
                            ? staged.get("version")
                            : env.get("version");
                }
            }
        }
        return secret + ": " + (stage ? "staged " : "") + target + " value at version " + version;
    }

    /** The secret types the platform knows, as the server names them. */
    private static String typeIds() {
        List<String> ids =
                Arrays.stream(SecretType.values()).map(SecretType::id).toList();
        return String.join(", ", ids.subList(0, ids.size() - 1)) + " or " + ids.getLast();
    }
}
