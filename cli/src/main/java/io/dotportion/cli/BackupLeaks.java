package io.dotportion.cli;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import io.dotportion.core.leak.CredentialScanner;
import io.dotportion.core.leak.Finding;
import io.dotportion.core.value.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bson.Document;

/**
 * What a backup says about credential literals: the workflow drafts and versions it holds are scanned with the
 * leak check (docs/SECRETS.md#leak-check), and when any is flagged the backup gets {@link #FILE} listing each
 * (workflow, version or draft, path, kind; never the value) and the command prints a warning. The backup still
 * carries the workflows as stored: a restore must give back what was there.
 */
final class BackupLeaks {
    static final String FILE = "credential-literals.json";

    private final CredentialScanner scanner;

    BackupLeaks(CredentialScanner scanner) {
        this.scanner = scanner;
    }

    /** Scans the platform database's workflows and versions; writes {@link #FILE} into {@code dir} when flagged. */
    List<Map<String, Object>> record(MongoDatabase platform, Path dir) {
        List<Map<String, Object>> flagged = new ArrayList<>();
        scan(platform.getCollection("workflows"), "draft", flagged);
        scan(platform.getCollection("workflowVersions"), "document", flagged);
        if (!flagged.isEmpty()) {
            try {
                Files.writeString(dir.resolve(FILE), Json.write(flagged) + "\n", StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + FILE, e);
            }
        }
        return flagged;
    }

    private void scan(MongoCollection<Document> collection, String field, List<Map<String, Object>> flagged) {
        for (Document doc : collection.find()) {
            Object tree = parse(doc.getString(field));
            for (Finding f : scanner.scanTree(tree, "")) {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("workflowId", String.valueOf(doc.get(field.equals("draft") ? "_id" : "workflowId")));
                entry.put("version", field.equals("draft") ? "draft" : doc.get("version"));
                entry.put("path", f.path());
                entry.put("kind", f.kind().id());
                flagged.add(entry);
            }
        }
    }

    private static Object parse(String json) {
        if (json == null) {
            return null;
        }
        try {
            return Json.parse(json);
        } catch (RuntimeException e) {
            return json;
        }
    }
}
