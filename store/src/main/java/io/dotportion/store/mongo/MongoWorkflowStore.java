package io.dotportion.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.ne;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.Projections;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.dotportion.core.model.WorkflowDocument;
import io.dotportion.core.port.WorkflowRecord;
import io.dotportion.core.port.WorkflowStore;
import io.dotportion.core.port.WorkflowVersion;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.bson.Document;
import org.bson.conversions.Bson;
import org.bson.types.ObjectId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Workflows in {@code workflows}, their frozen versions in {@code workflowVersions}. Every change is a
 * single-document atomic update (the embedded server has no transactions).
 */
public final class MongoWorkflowStore implements WorkflowStore {
    private static final Map<String, Conflicts.Unique> UNIQUE_VERSION = Map.of(
            PlatformIndexes.VERSIONS_WORKFLOW_VERSION,
            new Conflicts.Unique("version", "this version of the workflow already exists"));
    private static final FindOneAndUpdateOptions PROJECT_ID_ONLY =
            new FindOneAndUpdateOptions().projection(Projections.include("projectId"));
    private static final FindOneAndUpdateOptions RETURN_AFTER =
            new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER);

    private static final Logger LOG = LoggerFactory.getLogger(MongoWorkflowStore.class);
    /** Bounds one query's filter when reading many versions at once. */
    static final int VERSIONS_PER_QUERY = 200;

    private final MongoCollection<Document> workflows;
    private final MongoCollection<Document> versions;
    private final Clock clock;

    public MongoWorkflowStore(MongoDatabase db, Clock clock) {
        this.workflows = db.getCollection(PlatformIndexes.WORKFLOWS);
        this.versions = db.getCollection(PlatformIndexes.VERSIONS);
        this.clock = clock;
    }

    @Override
    public WorkflowRecord create(String projectId, WorkflowDocument draft) {
        ObjectId id = new ObjectId();
        Instant now = Times.now(clock);
        workflows.insertOne(WorkflowDocuments.summary(draft)
                .append("_id", id)
                .append("projectId", projectId)
                .append("draft", WorkflowDocuments.toJson(draft))
                .append("deployedVersion", null)
                .append("latestVersion", 0)
                .append("createdAt", Times.toDate(now))
                .append("updatedAt", Times.toDate(now)));
        return new WorkflowRecord(Ids.hex(id), projectId, draft, null, 0, now, now);
    }

    @Override
    public Optional<WorkflowRecord> byId(String id) {
        return Ids.parse(id).map(oid -> workflows.find(eq("_id", oid)).first()).map(WorkflowDocuments::toRecord);
    }

    /** Oldest first. */
    @Override
    public List<WorkflowRecord> listByProject(String projectId) {
        return workflows
                .find(eq("projectId", projectId))
                .sort(Sorts.ascending("createdAt", "_id"))
                .map(WorkflowDocuments::toRecord)
                .into(new ArrayList<>());
    }

    @Override
    public List<WorkflowRecord> listDeployed() {
        return workflows
                .find(ne("deployedVersion", null))
                .sort(Sorts.ascending("_id"))
                .map(WorkflowDocuments::toRecord)
                .into(new ArrayList<>());
    }

    @Override
    public Optional<WorkflowRecord> updateDraft(String id, WorkflowDocument draft) {
        return Ids.parse(id)
                .map(oid -> workflows.findOneAndUpdate(
                        eq("_id", oid),
                        Updates.combine(
                                Updates.set("draft", WorkflowDocuments.toJson(draft)),
                                Updates.set("name", draft.name()),
                                Updates.set("method", draft.method()),
                                Updates.set("path", draft.path()),
                                Updates.set("updatedAt", Times.toDate(Times.now(clock)))),
                        RETURN_AFTER))
                .map(WorkflowDocuments::toRecord);
    }

    /** Throws {@link NoSuchElementException} when the workflow does not exist. */
    @Override
    public int nextVersion(String id) {
        ObjectId oid = Ids.parse(id).orElseThrow(() -> new NoSuchElementException("no such workflow"));
        Document updated = workflows.findOneAndUpdate(eq("_id", oid), Updates.inc("latestVersion", 1), RETURN_AFTER);
        if (updated == null) {
            throw new NoSuchElementException("no such workflow");
        }
        return updated.getInteger("latestVersion");
    }

    /** Throws {@link io.dotportion.core.port.ConflictException} ("version") when the number is taken. */
    @Override
    public void saveVersion(WorkflowVersion version) {
        Conflicts.guard(UNIQUE_VERSION, () -> versions.insertOne(WorkflowDocuments.toDocument(version)));
    }

    @Override
    public Optional<WorkflowVersion> version(String workflowId, int version) {
        return Optional.ofNullable(versions.find(and(eq("workflowId", workflowId), eq("version", version)))
                        .first())
                .map(WorkflowDocuments::toVersion);
    }

    /**
     * One query per {@value #VERSIONS_PER_QUERY} pairs. A stored version that cannot be read is left out
     * (and logged), so one damaged document does not hide the others.
     */
    @Override
    public List<WorkflowVersion> versionsByNumber(Map<String, Integer> numbers) {
        List<Bson> pairs = numbers.entrySet().stream()
                .map(e -> and(eq("workflowId", e.getKey()), eq("version", e.getValue())))
                .toList();
        List<WorkflowVersion> found = new ArrayList<>();
        for (int from = 0; from < pairs.size(); from += VERSIONS_PER_QUERY) {
            for (Document doc :
                    versions.find(or(pairs.subList(from, Math.min(pairs.size(), from + VERSIONS_PER_QUERY))))) {
                readable(doc).ifPresent(found::add);
            }
        }
        return found;
    }

    private static Optional<WorkflowVersion> readable(Document doc) {
        try {
            return Optional.of(WorkflowDocuments.toVersion(doc));
        } catch (RuntimeException e) {
            LOG.warn(
                    "workflow {} version {} cannot be read; leaving it out: {}",
                    doc.get("workflowId"),
                    doc.get("version"),
                    e.getClass().getSimpleName());
            return Optional.empty();
        }
    }

    @Override
    public List<WorkflowVersion> versions(String workflowId) {
        return versions.find(eq("workflowId", workflowId))
                .sort(Sorts.descending("version"))
                .map(WorkflowDocuments::toVersion)
                .into(new ArrayList<>());
    }

    /** Does not touch {@code updatedAt}, which tells when the draft last changed. */
    @Override
    public Optional<String> setDeployed(String id, Integer version) {
        return Ids.parse(id)
                .map(oid -> workflows.findOneAndUpdate(
                        eq("_id", oid), Updates.set("deployedVersion", version), PROJECT_ID_ONLY))
                .map(updated -> updated.getString("projectId"));
    }

    /** The workflow goes first: a crash in between leaves only unreachable versions behind. */
    @Override
    public boolean delete(String id) {
        Optional<ObjectId> oid = Ids.parse(id);
        if (oid.isEmpty()) {
            return false;
        }
        boolean deleted = workflows.deleteOne(eq("_id", oid.get())).getDeletedCount() > 0;
        versions.deleteMany(eq("workflowId", id));
        return deleted;
    }

    @Override
    public void deleteByProject(String projectId) {
        workflows.deleteMany(eq("projectId", projectId));
        versions.deleteMany(eq("projectId", projectId));
    }
}
