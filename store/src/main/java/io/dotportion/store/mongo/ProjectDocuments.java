package io.dotportion.store.mongo;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.Filters;
import com.mongodb.client.model.Updates;
import io.dotportion.core.port.Project;
import java.util.ArrayList;
import java.util.List;
import org.bson.Document;

/**
 * Maps {@link Project} to and from its document; CORS and rate limit are sub-documents. {@code slugRedirects}
 * holds the old slugs ({@code {slug, until}}); {@code slugs} the current slug and every old one still held, the
 * key of the unique index that reserves them (an old slug is held until a write releases it once it ended).
 */
final class ProjectDocuments {
    private ProjectDocuments() {}

    /** Documents written before slug redirects existed hold just their slug. */
    static void addSlugs(MongoCollection<Document> projects) {
        for (Document doc : projects.find(Filters.exists("slugs", false)).into(new ArrayList<>())) {
            projects.updateOne(Filters.eq("_id", doc.get("_id")), Updates.set("slugs", List.of(doc.getString("slug"))));
        }
    }

    static List<Document> redirects(Project project) {
        return project.slugRedirects().stream()
                .map(r -> new Document("slug", r.slug()).append("until", Times.toDate(r.until())))
                .toList();
    }

    /** The slugs the project holds: its own first, then its old ones. */
    static List<String> slugs(Project project) {
        List<String> slugs = new ArrayList<>();
        slugs.add(project.slug());
        project.slugRedirects().stream()
                .map(Project.SlugRedirect::slug)
                .filter(s -> !s.equals(project.slug()))
                .forEach(slugs::add);
        return slugs;
    }

    static Document cors(Project.Cors cors) {
        return new Document("enabled", cors.enabled())
                .append("allowedOrigins", cors.allowedOrigins())
                .append("allowedMethods", cors.allowedMethods())
                .append("allowedHeaders", cors.allowedHeaders());
    }

    static Document rateLimit(Project.RateLimit limit) {
        return new Document("enabled", limit.enabled())
                .append("windowMs", limit.windowMs())
                .append("max", limit.max())
                .append("message", limit.message())
                .append("standardHeaders", limit.standardHeaders())
                .append("legacyHeaders", limit.legacyHeaders());
    }

    static Project toProject(Document doc) {
        return new Project(
                Ids.hex(doc.getObjectId("_id")),
                doc.getString("ownerId"),
                doc.getString("name"),
                doc.getString("slug"),
                toCors(doc.get("cors", Document.class)),
                toRateLimit(doc.get("rateLimit", Document.class)),
                Times.toInstant(doc.getDate("createdAt")),
                Times.toInstant(doc.getDate("updatedAt")),
                toRedirects(doc.getList("slugRedirects", Document.class)),
                doc.getBoolean("allowCredentialLiterals", false));
    }

    private static List<Project.SlugRedirect> toRedirects(List<Document> docs) {
        if (docs == null) {
            return List.of();
        }
        return docs.stream()
                .map(d -> new Project.SlugRedirect(d.getString("slug"), Times.toInstant(d.getDate("until"))))
                .toList();
    }

    private static Project.Cors toCors(Document doc) {
        if (doc == null) {
            return Project.Cors.disabled();
        }
        return new Project.Cors(
                doc.getBoolean("enabled", false),
                strings(doc, "allowedOrigins"),
                strings(doc, "allowedMethods"),
                strings(doc, "allowedHeaders"));
    }

    private static Project.RateLimit toRateLimit(Document doc) {
        if (doc == null) {
            return Project.RateLimit.disabled();
        }
        return new Project.RateLimit(
                doc.getBoolean("enabled", false),
                ((Number) doc.get("windowMs")).longValue(),
                ((Number) doc.get("max")).intValue(),
                doc.getString("message"),
                doc.getBoolean("standardHeaders", true),
                doc.getBoolean("legacyHeaders", false));
    }

    private static List<String> strings(Document doc, String key) {
        List<String> values = doc.getList(key, String.class);
        return values == null ? List.of() : List.copyOf(values);
    }
}
