package io.dotportion.server.data;

import com.mongodb.MongoQueryException;
import io.dotportion.core.node.FieldError;
import io.dotportion.core.port.DataCollections;
import io.dotportion.server.http.ApiException;
import io.dotportion.server.http.JsonRequests;
import io.dotportion.server.http.JsonResponses;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The document routes of an explorer over some database; {@link Rules} says what writes must meet. */
public final class DocumentHandlers {

    /** The schema check of writes: nothing for a user's own database. */
    @FunctionalInterface
    interface Rules {
        List<FieldError> check(String collection, Map<String, Object> document, String replacingId);

        Rules NONE = (collection, document, replacingId) -> List.of();
    }

    private final JsonRequests json;
    private final ExplorerLimits limits;

    public DocumentHandlers(JsonRequests json, ExplorerLimits limits) {
        this.json = json;
        this.limits = limits;
    }

    void page(ServerRequest req, ServerResponse res, DataCollections data) {
        String collection = ExplorerRequests.collection(req);
        int skip = ExplorerRequests.number(req, "skip", 0, limits.maxSkip());
        int limit = ExplorerRequests.number(req, "limit", limits.defaultPage(), limits.maxPage());
        ExplorerQuery query = ExplorerQuery.of(
                req.query().first("filter").orElse(null),
                req.query().first("sort").orElse(null));
        DataCollections.Page page;
        try {
            page = data.page(collection, query.filter(), query.sort(), skip, limit == 0 ? limits.defaultPage() : limit);
        } catch (MongoQueryException e) {
            throw ApiException.invalid("the database refused the filter or sort (code " + e.getErrorCode() + ")");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("collection", collection);
        out.put("total", page.total());
        out.put("skip", page.skip());
        out.put("limit", page.limit());
        out.put("documents", page.documents());
        JsonResponses.ok(res, out);
    }

    void get(ServerRequest req, ServerResponse res, DataCollections data) {
        JsonResponses.ok(
                res,
                data.byId(ExplorerRequests.collection(req), ExplorerRequests.id(req))
                        .orElseThrow(ApiException::notFound));
    }

    void create(ServerRequest req, ServerResponse res, DataCollections data, Rules rules) {
        String collection = ExplorerRequests.collection(req);
        Map<String, Object> document = body(req);
        ExplorerRequests.refuseIfAny(rules.check(collection, document, null), collection);
        JsonResponses.created(res, data.insert(collection, document));
    }

    void replace(ServerRequest req, ServerResponse res, DataCollections data, Rules rules) {
        String collection = ExplorerRequests.collection(req);
        String id = ExplorerRequests.id(req);
        Map<String, Object> document = body(req);
        if (data.byId(collection, id).isEmpty()) {
            throw ApiException.notFound();
        }
        ExplorerRequests.refuseIfAny(rules.check(collection, document, id), collection);
        JsonResponses.ok(res, data.replace(collection, id, document).orElseThrow(ApiException::notFound));
    }

    void delete(ServerRequest req, ServerResponse res, DataCollections data) {
        if (!data.delete(ExplorerRequests.collection(req), ExplorerRequests.id(req))) {
            throw ApiException.notFound();
        }
        JsonResponses.noContent(res);
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> body(ServerRequest req) {
        return (Map<String, Object>) json.read(req, Map.class);
    }
}
