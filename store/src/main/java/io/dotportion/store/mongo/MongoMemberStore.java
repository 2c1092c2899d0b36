package io.dotportion.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.exists;
import static com.mongodb.client.model.Filters.or;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.IndexOptions;
import com.mongodb.client.model.Indexes;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.dotportion.core.port.ConflictException;
import io.dotportion.core.port.Member;
import io.dotportion.core.port.MemberStore;
import io.dotportion.core.port.Project;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import org.bson.Document;
import org.bson.conversions.Bson;

/**
 * Members live in the project document: a {@code members} array and a {@code membersVersion} counter. A
 * change is a compare-and-set on that counter, so concurrent changes (two owners demoting each other) never
 * both win. A project without the array has its creator as its only owner.
 */
public final class MongoMemberStore implements MemberStore {
    static final String MEMBERS_USER = "projects_members_userId";
    private static final String OWNER = "owner";
    private static final String VERSION = "membersVersion";
    private static final int MAX_ATTEMPTS = 16;

    private final MongoCollection<Document> projects;

    public MongoMemberStore(MongoDatabase db) {
        this.projects = db.getCollection(PlatformIndexes.PROJECTS);
        projects.createIndex(Indexes.ascending("members.userId"), new IndexOptions().name(MEMBERS_USER));
    }

    @Override
    public List<Member> list(String projectId) {
        return document(projectId).map(MongoMemberStore::members).orElse(List.of());
    }

    @Override
    public Optional<Member> find(String projectId, String userId) {
        return list(projectId).stream().filter(m -> m.userId().equals(userId)).findFirst();
    }

    @Override
    public List<Project> projectsOf(String userId) {
        Bson founder = and(eq("ownerId", userId), exists("members", false));
        return projects.find(or(founder, eq("members.userId", userId)))
                .sort(Sorts.ascending("createdAt", "_id"))
                .map(ProjectDocuments::toProject)
                .into(new ArrayList<>());
    }

    @Override
    public Optional<List<Member>> change(String projectId, UnaryOperator<List<Member>> change) {
        for (int attempt = 0; attempt < MAX_ATTEMPTS; attempt++) {
            Optional<Document> current = document(projectId);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            Document doc = current.get();
            List<Member> next = List.copyOf(change.apply(members(doc)));
            Number version = doc.get(VERSION, Number.class);
            Bson unchanged = version == null ? exists(VERSION, false) : eq(VERSION, version.longValue());
            long nextVersion = version == null ? 1 : version.longValue() + 1;
            List<Document> stored =
                    next.stream().map(MongoMemberStore::toDocument).toList();
            Bson update = Updates.combine(Updates.set("members", stored), Updates.set(VERSION, nextVersion));
            if (projects.updateOne(and(eq("_id", doc.getObjectId("_id")), unchanged), update)
                            .getMatchedCount()
                    == 1) {
                return Optional.of(next);
            }
        }
        throw new ConflictException("members", "the members changed concurrently; try again");
    }

    private Optional<Document> document(String projectId) {
        return Ids.parse(projectId).map(id -> projects.find(eq("_id", id)).first());
    }

    private static List<Member> members(Document doc) {
        List<Document> stored = doc.getList("members", Document.class);
        if (stored == null) {
            return List.of(new Member(doc.getString("ownerId"), OWNER, Times.toInstant(doc.getDate("createdAt"))));
        }
        return stored.stream()
                .map(m -> new Member(m.getString("userId"), m.getString("role"), Times.toInstant(m.getDate("addedAt"))))
                .toList();
    }

    private static Document toDocument(Member member) {
        return new Document("userId", member.userId())
                .append("role", member.role())
                .append("addedAt", Times.toDate(Times.millis(member.addedAt())));
    }
}
