package io.dotportion.cli;

import com.fasterxml.jackson.databind.JsonNode;
import io.dotportion.core.value.Json;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * {@code backup.json}: what a backup holds. {@code databases} maps each backed-up database (the platform's
 * under {@link #PLATFORM}, each managed {@code project_<id>} under its own name) to its collections and
 * their document counts; every database is a directory of that name beside this file.
 */
record BackupManifest(
        String format,
        int formatVersion,
        String createdAt,
        String platformDatabase,
        boolean executions,
        Map<String, Map<String, Long>> databases) {
    static final String FILE_NAME = "backup.json";
    static final String FORMAT = "dotportion-backup";
    static final int FORMAT_VERSION = 1;
    static final String PLATFORM = "platform";
    static final String KEYSETS = "projectKeysets";

    BackupManifest {
        databases = Collections.unmodifiableMap(new LinkedHashMap<>(databases));
    }

    void write(Path dir) {
        WorkflowFiles.write(
                dir.resolve(FILE_NAME), WorkflowFiles.format(Json.mapper().valueToTree(this)));
    }

    static BackupManifest read(Path dir) {
        Path file = dir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            throw new CliFailure(dir + " is not a DotPortion backup (it has no " + FILE_NAME + ")");
        }
        try {
            JsonNode node = Json.mapper().readTree(Files.readString(file, StandardCharsets.UTF_8));
            if (!FORMAT.equals(node.path("format").asText())
                    || node.path("formatVersion").asInt() != FORMAT_VERSION) {
                throw new CliFailure(file + " is not a DotPortion backup of format version " + FORMAT_VERSION);
            }
            Map<String, Map<String, Long>> databases = new LinkedHashMap<>();
            node.path("databases").properties().forEach(db -> {
                Map<String, Long> collections = new LinkedHashMap<>();
                db.getValue()
                        .properties()
                        .forEach(c -> collections.put(c.getKey(), c.getValue().asLong()));
                databases.put(db.getKey(), collections);
            });
            return new BackupManifest(
                    FORMAT,
                    FORMAT_VERSION,
                    node.path("createdAt").asText(),
                    node.path("platformDatabase").asText(),
                    node.path("executions").asBoolean(),
                    databases);
        } catch (IOException e) {
            throw new CliFailure("cannot read " + file + " (" + e.getClass().getSimpleName() + ")");
        }
    }
}
