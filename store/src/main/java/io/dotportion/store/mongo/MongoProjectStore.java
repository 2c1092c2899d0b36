package io.dotportion.store.mongo;

import static com.mongodb.client.model.Filters.and;
import static com.mongodb.client.model.Filters.elemMatch;
import static com.mongodb.client.model.Filters.eq;
import static com.mongodb.client.model.Filters.lte;
import static com.mongodb.client.model.Filters.ne;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.MongoDatabase;
import com.mongodb.client.model.FindOneAndUpdateOptions;
import com.mongodb.client.model.ReturnDocument;
import com.mongodb.client.model.Sorts;
import com.mongodb.client.model.Updates;
import io.dotportion.core.port.ConflictException;
import io.dotportion.core.port.Project;
import io.dotportion.core.port.ProjectStore;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.Supplier;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * Projects in the {@code projects} collection; the slug is unique per owner, and so are the old slugs that still
 * redirect (one unique index over the current and old slugs: {@link ProjectDocuments}). A write that collides
 * with an old slug whose redirect ended releases it and tries once more.
 */
public final class MongoProjectStore implements ProjectStore {
    private static final Conflicts.Unique SLUG_TAKEN =
            new Conflicts.Unique("slug", "you already have a project with this slug");
    private static final Map<String, Conflicts.Unique> UNIQUE =
            Map.of(PlatformIndexes.PROJECTS_OWNER_SLUG, SLUG_TAKEN, PlatformIndexes.PROJECTS_OWNER_SLUGS, SLUG_TAKEN);

    private final MongoCollection<Document> projects;
    private final Clock clock;

    public MongoProjectStore(MongoDatabase db, Clock clock) {
        this.projects = db.getCollection(PlatformIndexes.PROJECTS);
        this.clock = clock;
    }

    /** A new project has CORS and rate limiting disabled. */
    @Override
    public Project create(String ownerId, String name, String slug) {
        ObjectId id = new ObjectId();
        Instant now = Times.now(clock);
        Project project = new Project(
                Ids.hex(id),
                ownerId,
                name,
                slug,
                Project.Cors.disabled(),
                Project.RateLimit.disabled(),
                now,
                now,
                List.of(),
                false);
        Document doc = new Document("_id", id)
                .append("ownerId", ownerId)
                .append("name", name)
                .append("slug", slug)
                .append("cors", ProjectDocuments.cors(project.cors()))
                .append("rateLimit", ProjectDocuments.rateLimit(project.rateLimit()))
                .append("createdAt", Times.toDate(now))
                .append("updatedAt", Times.toDate(now))
                .append("slugRedirects", List.of())
                .append("slugs", List.of(slug));
        releasingEnded(ownerId, List.of(slug), () -> projects.insertOne(doc));
        return project;
    }

    @Override
    public Optional<Project> byId(String id) {
        return Ids.parse(id).map(oid -> projects.find(eq("_id", oid)).first()).map(ProjectDocuments::toProject);
    }

    @Override
    public Optional<Project> bySlug(String ownerId, String slug) {
        return Optional.ofNullable(projects.find(and(eq("ownerId", ownerId), eq("slug", slug)))
                        .first())
                .map(ProjectDocuments::toProject);
    }

    /** Oldest first. */
    @Override
    public List<Project> listByOwner(String ownerId) {
        return projects.find(eq("ownerId", ownerId))
                .sort(Sorts.ascending("createdAt", "_id"))
                .map(ProjectDocuments::toProject)
                .into(new ArrayList<>());
    }

    /**
     * Replaces name, slug, old slugs, CORS, rate limit and {@code allowCredentialLiterals} and stamps
     * {@code updatedAt}; the owner and creation time never change. Throws {@link NoSuchElementException} when the
     * project does not exist.
     */
    @Override
    public Project update(Project project) {
        ObjectId id = Ids.parse(project.id()).orElseThrow(() -> new NoSuchElementException("no such project"));
        List<String> slugs = ProjectDocuments.slugs(project);
        Document updated = releasingEnded(
                project.ownerId(),
                slugs,
                () -> projects.findOneAndUpdate(
                        eq("_id", id),
                        Updates.combine(
                                Updates.set("name", project.name()),
                                Updates.set("slug", project.slug()),
                                Updates.set("slugRedirects", ProjectDocuments.redirects(project)),
                                Updates.set("slugs", slugs),
                                Updates.set("cors", ProjectDocuments.cors(project.cors())),
                                Updates.set("rateLimit", ProjectDocuments.rateLimit(project.rateLimit())),
                                Updates.set("allowCredentialLiterals", project.allowCredentialLiterals()),
                                Updates.set("updatedAt", Times.toDate(Times.now(clock)))),
                        new FindOneAndUpdateOptions().returnDocument(ReturnDocument.AFTER)));
        if (updated == null) {
            throw new NoSuchElementException("no such project");
        }
        return ProjectDocuments.toProject(updated);
    }

    /**
     * Runs a write; when it hits a slug of another project, releases the owner's old slugs among {@code slugs}
     * whose redirect has ended (an atomic pull per project, never a current slug) and runs it once more.
     */
    private <T> T releasingEnded(String ownerId, List<String> slugs, Supplier<T> write) {
        try {
            return Conflicts.guard(UNIQUE, write);
        } catch (ConflictException e) {
            Date now = Times.toDate(Times.now(clock));
            for (String slug : slugs) {
                projects.updateMany(
                        and(
                                eq("ownerId", ownerId),
                                ne("slug", slug),
                                elemMatch("slugRedirects", and(eq("slug", slug), lte("until", now)))),
                        Updates.combine(
                                Updates.pullByFilter(new Document("slugRedirects", new Document("slug", slug))),
                                Updates.pull("slugs", slug)));
            }
            return Conflicts.guard(UNIQUE, write);
        }
    }

    @Override
    public boolean delete(String id) {
        return Ids.parse(id)
                .map(oid -> projects.deleteOne(eq("_id", oid)).getDeletedCount() > 0)
                .orElse(false);
    }
}
