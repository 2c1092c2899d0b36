package io.dotportion.server.openapi;

import io.dotportion.core.port.Project;
import io.dotportion.server.auth.Caller;
import io.dotportion.server.gateway.ProjectKey;
import io.dotportion.server.http.Access;
import io.dotportion.server.http.ApiRoute;
import io.dotportion.server.http.ApiService;
import io.dotportion.server.http.Shape;
import io.dotportion.server.project.ProjectAccess;
import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.List;

/**
 * The OpenAPI 3.1 document of a project: public at {@code GET /api/{owner}/{project}/openapi.json} (like
 * the endpoints it describes; 404 when the project serves nothing) and for members at
 * {@code GET /v1/projects/{pid}/openapi.json}.
 */
public final class OpenApiService implements ApiService {
    private static final String JSON = "application/json";
    private final OpenApiCache documents;
    private final ProjectAccess projects;

    public OpenApiService(OpenApiCache documents, ProjectAccess projects) {
        this.documents = documents;
        this.projects = projects;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(ApiRoute.get("/v1/projects/{pid}/openapi.json", this::member)
                .summary("The OpenAPI 3.1 document of the project's deployed workflows")
                .access(Access.VIEWER)
                .answer(200, "the document", Shape.anyObject()));
    }

    /** The public route's handler, registered ahead of the gateway. */
    public void published(ServerRequest req, ServerResponse res) {
        var params = req.path().pathParameters();
        ProjectKey key = new ProjectKey(params.get("owner"), params.get("project"));
        // no such project here: the gateway answers (a 308 from an old slug, else 404)
        documents.published(key).ifPresentOrElse(json -> send(res, json), res::next);
    }

    private void member(ServerRequest req, ServerResponse res) {
        Project project =
                projects.visible(Caller.of(req), req.path().pathParameters().get("pid"));
        send(res, documents.of(project));
    }

    private static void send(ServerResponse res, byte[] json) {
        res.header(HeaderNames.CONTENT_TYPE, JSON);
        res.send(json);
    }
}
