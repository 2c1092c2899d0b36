package io.dotportion.store.mongo;

import io.dotportion.core.port.Project;
import java.util.List;
import org.bson.Document;

/** Maps {@link Project} to and from its document; CORS and rate limit are sub-documents. */
final class ProjectDocuments {
    private ProjectDocuments() {}

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
                doc.getBoolean("allowCredentialLiterals", false));
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
