package io.dotportion.server.data;

import com.mongodb.MongoConfigurationException;
import com.mongodb.MongoException;
import com.mongodb.MongoSecurityException;
import com.mongodb.MongoSocketException;
import com.mongodb.MongoTimeoutException;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeFailure;
import io.dotportion.core.port.DataCollections;
import io.dotportion.core.port.Project;
import io.dotportion.core.secret.Secret;
import io.dotportion.nodes.mongo.MongoClientPool;
import io.dotportion.secrets.vault.SecretType;
import io.dotportion.secrets.vault.SecretVault;
import io.dotportion.server.auth.Caller;
import io.dotportion.server.http.Access;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import io.dotportion.server.http.ApiRoute;
import io.dotportion.server.http.ApiService;
import io.dotportion.server.http.JsonResponses;
import io.dotportion.server.http.Shape;
import io.dotportion.server.project.Permission;
import io.dotportion.server.project.ProjectAccess;
import io.dotportion.store.data.MongoDataCollections;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;

/**
 * The explorer over a user's own MongoDB, under {@code /v1/projects/{pid}/data/external/{secret}/collections}:
 * the database a {@code mongodb} secret's URL names, reached through the same pooled clients as the
 * {@code mongodb} nodes. The URL is resolved at each request and never leaves the pool: no answer, error or
 * log line carries it or the driver's messages. The egress policy applies as for the nodes: a host it refuses
 * is {@code 502 UPSTREAM_UNAVAILABLE} with a message that names no host or port. Such databases have no
 * schemas here.
 */
public final class ExternalDataService implements ApiService {
    private static final String BASE = "/v1/projects/{pid}/data/external/{secret}/collections";
    private static final Pattern SECRET_NAME = Pattern.compile("[a-z0-9_-]{1,64}");
    private final ProjectAccess projects;
    private final SecretVault vault;
    private final MongoClientPool clients;
    private final DocumentHandlers documents;

    public ExternalDataService(
            ProjectAccess projects, SecretVault vault, MongoClientPool clients, DocumentHandlers documents) {
        this.projects = projects;
        this.vault = vault;
        this.clients = clients;
        this.documents = documents;
    }

    @Override
    public List<ApiRoute> routes() {
        Shape document = Shape.objectWith("_id");
        return List.of(
                ApiRoute.get(BASE, this::collections)
                        .summary("The collections of an outside MongoDB a mongodb secret reaches")
                        .access(Access.EDITOR)
                        .errors(ApiError.INVALID_INPUT, ApiError.UPSTREAM_UNAVAILABLE)
                        .answer(200, "the collections", Shape.listWith("name", "count")),
                ApiRoute.get(BASE + "/{name}/documents", (req, res) -> on(req, data -> documents.page(req, res, data)))
                        .summary("A page of an outside collection's documents")
                        .access(Access.EDITOR)
                        .errors(ApiError.INVALID_INPUT, ApiError.UPSTREAM_UNAVAILABLE)
                        .answer(200, "the page", Shape.objectWith("collection", "total", "skip", "limit", "documents")),
                ApiRoute.post(
                                BASE + "/{name}/documents",
                                (req, res) ->
                                        on(req, data -> documents.create(req, res, data, DocumentHandlers.Rules.NONE)))
                        .summary("Insert a document into an outside collection")
                        .access(Access.EDITOR)
                        .errors(ApiError.INVALID_INPUT, ApiError.UPSTREAM_UNAVAILABLE)
                        .body(Shape.anyObject())
                        .answer(201, "the document as stored", document),
                ApiRoute.get(
                                BASE + "/{name}/documents/{id}",
                                (req, res) -> on(req, data -> documents.get(req, res, data)))
                        .summary("One document of an outside collection")
                        .access(Access.EDITOR)
                        .errors(ApiError.INVALID_INPUT, ApiError.UPSTREAM_UNAVAILABLE)
                        .answer(200, "the document", document),
                ApiRoute.put(
                                BASE + "/{name}/documents/{id}",
                                (req, res) ->
                                        on(req, data -> documents.replace(req, res, data, DocumentHandlers.Rules.NONE)))
                        .summary("Replace a document of an outside collection")
                        .access(Access.EDITOR)
                        .errors(ApiError.INVALID_INPUT, ApiError.UPSTREAM_UNAVAILABLE)
                        .body(Shape.anyObject())
                        .answer(200, "the document as stored", document),
                ApiRoute.delete(
                                BASE + "/{name}/documents/{id}",
                                (req, res) -> on(req, data -> documents.delete(req, res, data)))
                        .summary("Delete a document of an outside collection")
                        .access(Access.EDITOR)
                        .errors(ApiError.INVALID_INPUT, ApiError.UPSTREAM_UNAVAILABLE)
                        .noContent("deleted"));
    }

    private void collections(ServerRequest req, ServerResponse res) {
        on(
                req,
                data -> JsonResponses.ok(
                        res,
                        data.collections().stream()
                                .map(c -> {
                                    Map<String, Object> entry = new LinkedHashMap<>();
                                    entry.put("name", c.name());
                                    entry.put("count", c.count());
                                    return entry;
                                })
                                .toList()));
    }

    private Secret secret(Project project, String name) {
        Optional<Secret> found = name != null && SECRET_NAME.matcher(name).matches()
                ? vault.resolver(project.id()).resolve(name, SecretType.MONGODB.id())
                : Optional.empty();
        return found.orElseThrow(
                () -> new ApiException(ApiError.NOT_FOUND, "this project has no mongodb secret of that name"));
    }

    private void on(ServerRequest req, Consumer<DataCollections> action) {
        Project project = projects.project(
                Caller.of(req),
                req.path().pathParameters().get("pid"),
                Permission.forData(req.prologue().method()));
        String name = req.path().pathParameters().get("secret");
        Secret secret = secret(project, name);
        try {
            clients.withDatabase(project.id(), secret, null, database -> {
                        action.accept(new MongoDataCollections(database));
                        return Boolean.TRUE;
                    })
                    .orElseThrow(() -> new ApiException(
                            ApiError.INVALID_INPUT, "the URL of secret '" + name + "' names no database"));
        } catch (NodeFailure e) {
            throw new ApiException(
                    e.error().code() == ErrorCode.UPSTREAM_UNAVAILABLE
                            ? ApiError.UPSTREAM_UNAVAILABLE
                            : ApiError.INVALID_INPUT,
                    e.error().message());
        } catch (MongoTimeoutException
                | MongoSocketException
                | MongoSecurityException
                | MongoConfigurationException e) {
            throw new ApiException(ApiError.UPSTREAM_UNAVAILABLE, "database unreachable");
        } catch (MongoException e) {
            throw new ApiException(
                    ApiError.UPSTREAM_UNAVAILABLE, "the database refused the request (code " + e.getCode() + ")");
        }
    }
}
