package io.dotportion.cli;

import picocli.CommandLine.Command;

/** {@code dotportion workflow}: workflows as files on disk (so projects can live in git), through the API. */
@Command(
        name = "workflow",
        mixinStandardHelpOptions = true,
        description = "Workflows as JSON files on disk, so projects can live in git (through the API).",
        subcommands = {
            WorkflowExportCommand.class,
            WorkflowImportCommand.class,
            WorkflowValidateCommand.class,
            WorkflowDeployCommand.class
        })
final class WorkflowCommand extends GroupCommand {}
