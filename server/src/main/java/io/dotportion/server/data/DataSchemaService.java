package io.dotportion.server.data;

import io.dotportion.core.port.ConflictException;
import io.dotportion.core.port.DataSchemaStore;
import io.dotportion.core.port.ManagedData;
import io.dotportion.core.port.Project;
import io.dotportion.server.auth.Caller;
import io.dotportion.server.http.Access;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import io.dotportion.server.http.ApiRoute;
import io.dotportion.server.http.ApiService;
import io.dotportion.server.http.JsonRequests;
import io.dotportion.server.http.JsonResponses;
import io.dotportion.server.http.Shape;
import io.dotportion.server.project.Permission;
import io.dotportion.server.project.ProjectAccess;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;
import java.util.Map;

/**
 * {@code GET|PUT|DELETE /v1/projects/{pid}/data/collections/{name}/schema}: a managed collection's schema
 * (standard JSON Schema, see {@link SchemaCompiler}). Saving one compiles it (400 listing every problem) and makes its
 * unique fields ({@code x-unique}) the collection's unique indexes first, so a collection whose stored values already
 * repeat is refused with 409; existing documents are not re-checked. A schema of the first format is answered, and
 * stored when saved, in the standard form ({@link LegacySchema}).
 */
public final class DataSchemaService implements ApiService {
    private static final String PATH = "/v1/projects/{pid}/data/collections/{name}/schema";
    private final ProjectAccess projects;
    private final ManagedData data;
    private final DataSchemaStore schemas;
    private final SchemaRules rules;
    private final JsonRequests json;

    public DataSchemaService(
            ProjectAccess projects, ManagedData data, DataSchemaStore schemas, SchemaRules rules, JsonRequests json) {
        this.projects = projects;
        this.data = data;
        this.schemas = schemas;
        this.rules = rules;
        this.json = json;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.get(PATH, this::get)
                        .summary("A collection's schema")
                        .access(Access.EDITOR)
                        .answer(200, "the schema", Shape.objectWith("collection", "schema")),
                ApiRoute.put(PATH, this::put)
                        .summary("Set a collection's schema (checked against the stored documents' unique fields)")
                        .access(Access.EDITOR)
                        .body(Shape.anyObject())
                        .answer(200, "the schema", Shape.objectWith("collection", "schema"))
                        .errors(ApiError.CONFLICT),
                ApiRoute.delete(PATH, this::delete)
                        .summary("Remove a collection's schema")
                        .access(Access.EDITOR)
                        .noContent("removed")
                        .errors(ApiError.UPSTREAM_UNAVAILABLE));
    }

    private void get(ServerRequest req, ServerResponse res) {
        Project project = project(req);
        String collection = ExplorerRequests.collection(req);
        Map<String, Object> stored = schemas.find(project.id(), collection)
                .orElseThrow(
                        () -> new ApiException(ApiError.NOT_FOUND, "collection '" + collection + "' has no schema"));
        Map<String, Object> schema = rules.schema(project.id(), collection)
                .map(CollectionSchema::source)
                .orElse(stored);
        JsonResponses.ok(res, Map.of("collection", collection, "schema", schema));
    }

    private void put(ServerRequest req, ServerResponse res) {
        Project project = project(req);
        String collection = ExplorerRequests.collection(req);
        SchemaCompiler.Read read = rules.read(json.read(req, Object.class));
        if (read.schema() == null) {
            throw new ApiException(
                    ApiError.INVALID_INPUT, "the schema is not valid", Map.of("violations", read.problems()));
        }
        try {
            data.forProject(project.id()).uniqueFields(collection, read.schema().uniqueFields());
        } catch (ConflictException e) {
            throw new ApiException(
                    ApiError.CONFLICT,
                    "stored documents already repeat values of '" + e.field() + "': it cannot be unique",
                    Map.of("field", String.valueOf(e.field())));
        }
        schemas.save(project.id(), collection, read.schema().source());
        rules.forget(project.id(), collection);
        JsonResponses.ok(
                res, Map.of("collection", collection, "schema", read.schema().source()));
    }

    private void delete(ServerRequest req, ServerResponse res) {
        Project project = project(req);
        String collection = ExplorerRequests.collection(req);
        if (!schemas.delete(project.id(), collection)) {
            throw new ApiException(ApiError.NOT_FOUND, "collection '" + collection + "' has no schema");
        }
        rules.forget(project.id(), collection);
        data.forProject(project.id()).uniqueFields(collection, List.of());
        JsonResponses.noContent(res);
    }

    private Project project(ServerRequest req) {
        return projects.project(
                Caller.of(req),
                req.path().pathParameters().get("pid"),
                Permission.forData(req.prologue().method()));
    }
}
