package io.dotportion.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Entry point of the {@code dotportion} program. */
@Command(name = "dotportion", mixinStandardHelpOptions = true, version = "dotportion 0.1.0",
        description = "A self-hostable visual backend builder.",
        subcommands = {ServeCommand.class, StoreCommand.class, MasterKeyCommand.class})
public final class Main implements Runnable {

    public static void main(String[] args) {
        int code = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true).execute(args);
        if (code != 0) {
            System.exit(code);
        }
    }

    @Override
    public void run() {
        new CommandLine(this).usage(System.out);
    }
}
