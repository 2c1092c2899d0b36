package io.dotportion.cli;

import picocli.CommandLine.Command;

/** {@code dotportion user}: accounts, on the store directly. */
@Command(
        name = "user",
        mixinStandardHelpOptions = true,
        description = "User accounts (on the store directly).",
        subcommands = {UserCreateCommand.class})
final class UserCommand extends GroupCommand {}
