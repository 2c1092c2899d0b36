package io.dotportion.server.data;

import io.dotportion.core.port.DataCollections;
import io.dotportion.core.port.DataSchemaStore;
import io.dotportion.core.port.ManagedData;
import io.dotportion.core.port.Project;
import io.dotportion.server.auth.Caller;
import io.dotportion.server.http.Access;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiRoute;
import io.dotportion.server.http.ApiService;
import io.dotportion.server.http.JsonResponses;
import io.dotportion.server.http.Shape;
import io.dotportion.server.project.Permission;
import io.dotportion.server.project.ProjectAccess;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The explorer of a project's managed database, under {@code /v1/projects/{pid}/data/collections}: list
 * collections with counts, page through documents, create, replace and delete them (checked against the
 * collection's schema, as {@code database} nodes are). The schema routes are {@link DataSchemaService}'s.
 */
public final class DataService implements ApiService {
    private static final String BASE = "/v1/projects/{pid}/data/collections";
    private final ProjectAccess projects;
    private final ManagedData data;
    private final DataSchemaStore schemas;
    private final SchemaRules rules;
    private final DocumentHandlers documents;

    public DataService(
            ProjectAccess projects,
            ManagedData data,
            DataSchemaStore schemas,
            SchemaRules rules,
            DocumentHandlers documents) {
        this.projects = projects;
        this.data = data;
        this.schemas = schemas;
        this.rules = rules;
        this.documents = documents;
    }

    @Override
    public List<ApiRoute> routes() {
        Shape document = Shape.objectWith("_id");
        return List.of(
                ApiRoute.get(BASE, this::collections)
                        .summary("The managed database's collections with their counts")
                        .access(Access.EDITOR)
                        .answer(200, "the collections", Shape.listWith("name", "count", "schema")),
                ApiRoute.get(BASE + "/{name}/documents", (req, res) -> documents.page(req, res, open(req)))
                        .summary("A page of a collection's documents (?filter, ?sort, ?limit, ?skip)")
                        .access(Access.EDITOR)
                        .answer(200, "the page", Shape.objectWith("collection", "total", "skip", "limit", "documents")),
                ApiRoute.post(BASE + "/{name}/documents", (req, res) -> {
                            String pid = project(req).id();
                            documents.create(req, res, data.forProject(pid), rules(pid));
                        })
                        .summary("Insert a document (checked against the collection's schema)")
                        .access(Access.EDITOR)
                        .body(Shape.anyObject())
                        .answer(201, "the document as stored", document)
                        .errors(ApiError.CONFLICT),
                ApiRoute.get(BASE + "/{name}/documents/{id}", (req, res) -> documents.get(req, res, open(req)))
                        .summary("One document")
                        .access(Access.EDITOR)
                        .answer(200, "the document", document),
                ApiRoute.put(BASE + "/{name}/documents/{id}", (req, res) -> {
                            String pid = project(req).id();
                            documents.replace(req, res, data.forProject(pid), rules(pid));
                        })
                        .summary("Replace a document (checked against the collection's schema)")
                        .access(Access.EDITOR)
                        .body(Shape.anyObject())
                        .answer(200, "the document as stored", document)
                        .errors(ApiError.CONFLICT),
                ApiRoute.delete(BASE + "/{name}/documents/{id}", (req, res) -> documents.delete(req, res, open(req)))
                        .summary("Delete a document")
                        .access(Access.EDITOR)
                        .noContent("deleted"));
    }

    private void collections(ServerRequest req, ServerResponse res) {
        Project project = project(req);
        Map<String, Long> counts = new TreeMap<>();
        data.forProject(project.id()).collections().forEach(c -> counts.put(c.name(), c.count()));
        var withSchema = schemas.all(project.id()).keySet();
        withSchema.forEach(name -> counts.putIfAbsent(name, 0L));
        List<Map<String, Object>> out = counts.entrySet().stream()
                .map(e -> {
                    Map<String, Object> entry = new LinkedHashMap<>();
                    entry.put("name", e.getKey());
                    entry.put("count", e.getValue());
                    entry.put("schema", withSchema.contains(e.getKey()));
                    return entry;
                })
                .toList();
        JsonResponses.ok(res, out);
    }

    private DataCollections open(ServerRequest req) {
        return data.forProject(project(req).id());
    }

    private DocumentHandlers.Rules rules(String projectId) {
        return (collection, document, replacingId) -> rules.checkDocument(projectId, collection, document, replacingId);
    }

    private Project project(ServerRequest req) {
        return projects.project(
                Caller.of(req),
                req.path().pathParameters().get("pid"),
                Permission.forData(req.prologue().method()));
    }
}
