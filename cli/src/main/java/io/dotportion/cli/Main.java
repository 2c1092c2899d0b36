package io.dotportion.cli;

import java.io.InputStream;
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

    public Main() {
        this(System.in);
    }

    /** A program whose commands read secrets and passwords from {@code stdin} (tests give their own). */
    public Main(InputStream stdin) {
        this.stdin = stdin;
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

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
