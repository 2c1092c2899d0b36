package io.dotportion.store.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * The collections of the platform database and their indexes, created at startup (idempotent).
 * The embedded server uses only the unique ones; the others help a real MongoDB.
 */
final class PlatformIndexes {
    static final String USERS = "users";
    static final String TOKENS = "tokens";
    static final String PROJECTS = "projects";
    static final String WORKFLOWS = "workflows";
    static final String VERSIONS = "workflowVersions";
    static final String EXECUTIONS = "executions";
    static final String EXECUTION_BATCHES = "executionBatches";

    static final String USERS_EMAIL = "users_email";
    static final String USERS_USERNAME = "users_username";
    static final String TOKENS_HASH = "tokens_tokenHash";
    static final String PROJECTS_OWNER_SLUG = "projects_ownerId_slug";
    static final String PROJECTS_OWNER_SLUGS = "projects_ownerId_slugs";
    static final String VERSIONS_WORKFLOW_VERSION = "workflowVersions_workflowId_version";
    static final String EXECUTIONS_TTL = "executions_startedAt_ttl";
    static final String BATCHES_TTL = "executionBatches_second_ttl";

    private PlatformIndexes() {}

    static void create(MongoDatabase db, Duration executionRetention) {
        unique(db.getCollection(USERS), Indexes.ascending("email"), USERS_EMAIL);
        unique(db.getCollection(USERS), Indexes.ascending("username"), USERS_USERNAME);
        unique(db.getCollection(TOKENS), Indexes.ascending("tokenHash"), TOKENS_HASH);
        plain(db.getCollection(TOKENS), Indexes.ascending("userId"), "tokens_userId");
        unique(db.getCollection(PROJECTS), Indexes.ascending("ownerId", "slug"), PROJECTS_OWNER_SLUG);
        ProjectDocuments.addSlugs(db.getCollection(PROJECTS));
        unique(db.getCollection(PROJECTS), Indexes.ascending("ownerId", "slugs"), PROJECTS_OWNER_SLUGS);
        plain(db.getCollection(WORKFLOWS), Indexes.ascending("projectId"), "workflows_projectId");
        unique(db.getCollection(VERSIONS), Indexes.ascending("workflowId", "version"), VERSIONS_WORKFLOW_VERSION);
        plain(db.getCollection(VERSIONS), Indexes.ascending("projectId"), "workflowVersions_projectId");
        plain(
                db.getCollection(EXECUTIONS),
                Indexes.compoundIndex(Indexes.ascending("projectId"), Indexes.descending("startedAt", "_id")),
                "executions_projectId_startedAt");
        long seconds = Math.max(1, executionRetention.toSeconds());
        ttl(db.getCollection(EXECUTIONS), EXECUTIONS_TTL, "startedAt", seconds);
        plain(
                db.getCollection(EXECUTION_BATCHES),
                Indexes.compoundIndex(Indexes.ascending("projectId"), Indexes.descending("second", "_id")),
                "executionBatches_projectId_second");
        // a document is filed under the second its runs started in: it expires once the whole second has
        ttl(db.getCollection(EXECUTION_BATCHES), BATCHES_TTL, "second", seconds + 1);
    }

    private static void unique(MongoCollection<Document> collection, Bson keys, String name) {
        collection.createIndex(keys, new IndexOptions().unique(true).name(name));
    }

    private static void plain(MongoCollection<Document> collection, Bson keys, String name) {
        collection.createIndex(keys, new IndexOptions().name(name));
    }

    /** Expires documents {@code seconds} after {@code field}; an existing TTL index with another expiry is replaced. */
    private static void ttl(MongoCollection<Document> executions, String name, String field, long seconds) {
        List<Document> existing = executions.listIndexes().into(new ArrayList<>()).stream()
                .filter(index -> name.equals(index.getString("name")))
                .toList();
        boolean current = existing.size() == 1
                && Objects.equals(asLong(existing.getFirst().get("expireAfterSeconds")), seconds);
        if (current) {
            return;
        }
        if (!existing.isEmpty()) {
            executions.dropIndex(name);
        }
        executions.createIndex(
                Indexes.ascending(field), new IndexOptions().name(name).expireAfter(seconds, TimeUnit.SECONDS));
    }

    private static Long asLong(Object value) {
        return value instanceof Number number ? number.longValue() : null;
    }
}
