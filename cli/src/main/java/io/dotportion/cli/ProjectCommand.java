package io.dotportion.cli;

import picocli.CommandLine.Command;

/** {@code dotportion project}: projects, through the API. */
@Command(
        name = "project",
        mixinStandardHelpOptions = true,
        description = "Projects (through the API).",
        subcommands = {ProjectListCommand.class})
final class ProjectCommand extends GroupCommand {}
