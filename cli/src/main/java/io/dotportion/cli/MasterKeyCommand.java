package io.dotportion.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code dotportion master-key}: operations on the master key that wraps every project's data key. */
@Command(
        name = "master-key",
        mixinStandardHelpOptions = true,
        description = "Manage the master key that wraps every project's data key.",
        subcommands = {MasterKeyRotateCommand.class})
final class MasterKeyCommand implements Runnable {

    @Spec
    CommandSpec spec;

    @Override
    public void run() {
        throw new CommandLine.ParameterException(spec.commandLine(), "name a subcommand, e.g. rotate");
    }
}
