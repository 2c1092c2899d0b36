package io.dotportion.cli;

import picocli.CommandLine.Command;

/** {@code dotportion secret}: a project's secrets, through the API. Values never appear as arguments. */
@Command(
        name = "secret",
        mixinStandardHelpOptions = true,
        description =
                "A project's secrets (through the API); values come from standard input or a file, never an argument.",
        subcommands = {SecretPutCommand.class, SecretListCommand.class, SecretDeleteCommand.class})
final class SecretCommand extends GroupCommand {}
