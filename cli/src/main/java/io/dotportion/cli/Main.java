package io.dotportion.cli;

import java.io.InputStream;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;

/** Entry point of the {@code dotportion} program. */
@Command(
        name = "dotportion",
        mixinStandardHelpOptions = true,
        versionProvider = BuildVersion.class,
        description = "A self-hostable visual backend builder.",
        subcommands = {
            ServeCommand.class,
            StoreCommand.class,
            UserCommand.class,
            ProjectCommand.class,
            WorkflowCommand.class,
            SecretCommand.class,
            MasterKeyCommand.class,
            BackupCommand.class,
            RestoreCommand.class
        })
public final class Main implements Runnable {
    private final InputStream stdin;
    private final Map<String, String> environment;

    public Main() {
        this(System.in);
    }

    /** A program whose commands read secrets and passwords from {@code stdin} (tests give their own). */
    public Main(InputStream stdin) {
        this(stdin, System.getenv());
    }

    /** A program that reads its settings from {@code environment} instead of the process's (tests give their own). */
    public Main(InputStream stdin, Map<String, String> environment) {
        this.stdin = stdin;
        this.environment = Map.copyOf(environment);
    }

    public static void main(String[] args) {
        int code = new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    /** The standard input of the program that runs the command {@code spec}. */
    static InputStream stdin(CommandSpec spec) {
        return ((Main) spec.root().userObject()).stdin;
    }

    /** The environment the settings of the command {@code spec} are read from. */
    static Map<String, String> environment(CommandSpec spec) {
        return ((Main) spec.root().userObject()).environment;
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
