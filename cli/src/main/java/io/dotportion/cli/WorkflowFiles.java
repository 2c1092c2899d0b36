package io.dotportion.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import io.dotportion.core.value.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Workflow files: JSON with two-space indentation, "\n" line ends and a final line break, in the order
 * the server exports (name, method, path, nodes, edges), so the same workflow always gives the same bytes.
 */
final class WorkflowFiles {
    private static final int MAX_FILE_BYTES = 8 * 1024 * 1024;

    private WorkflowFiles() {}

    static String format(Object document) {
        DefaultPrettyPrinter printer = new DefaultPrettyPrinter()
                .withObjectIndenter(new DefaultIndenter("  ", "\n"))
                .withArrayIndenter(new DefaultIndenter("  ", "\n"));
        try {
            return Json.mapper().writer(printer).writeValueAsString(document) + "\n";
        } catch (JsonProcessingException e) {
            throw new CliFailure("the workflow cannot be written as JSON");
        }
    }

    static void write(Path file, String text) {
        try {
            Path parent = file.toAbsolutePath().getParent();
            if (parent != null) {
                Files.createDirectories(parent);
            }
            Files.writeString(file, text, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new CliFailure("cannot write " + file + " (" + e.getClass().getSimpleName() + ")");
        }
    }

    /** The file's JSON value tree; a file that is missing, too large or not JSON fails with its name. */
    static Object read(Path file) {
        try {
            if (Files.size(file) > MAX_FILE_BYTES) {
                throw new CliFailure(file + " is larger than " + MAX_FILE_BYTES + " bytes");
            }
            return Json.parse(Files.readString(file, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new CliFailure("cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
        } catch (IllegalArgumentException e) {
            throw new CliFailure(file + " is not valid JSON");
        }
    }
}
