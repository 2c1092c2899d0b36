package io.dotportion.server.auth;

import io.dotportion.core.port.ApiToken;
import io.dotportion.server.http.ApiException;
import io.dotportion.server.http.ApiRoute;
import io.dotportion.server.http.ApiService;
import io.dotportion.server.http.JsonRequests;
import io.dotportion.server.http.JsonResponses;
import io.dotportion.server.http.Shape;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Set;

/** /v1/tokens: personal API tokens, shown once at creation. */
public final class TokenService implements ApiService {
    private static final Set<String> SCOPES = Set.of("read", "full");
    private static final int MAX_NAME = 100;

    record CreateRequest(String name, String scope, String expiresAt) {}

    record Created(String id, String token, String name, String scope, String expiresAt) {}

    record TokenView(
            String id, String name, String kind, String scope, String createdAt, String expiresAt, boolean revoked) {
        static TokenView of(ApiToken t) {
            return new TokenView(
                    t.id(), t.name(), t.kind(), t.scope(), text(t.createdAt()), text(t.expiresAt()), t.revoked());
        }
    }

    private final Tokens tokens;
    private final JsonRequests json;

    public TokenService(Tokens tokens, JsonRequests json) {
        this.tokens = tokens;
        this.json = json;
    }

    @Override
    public List<ApiRoute> routes() {
        return List.of(
                ApiRoute.post("/v1/tokens", this::create)
                        .summary("Create a personal API token (its value is shown once)")
                        .body(CreateRequest.class)
                        .answer(201, "the token, with its value", Created.class),
                ApiRoute.get("/v1/tokens", this::list)
                        .summary("The caller's tokens that are not revoked (no values)")
                        .answer(200, "the tokens", Shape.listOf(TokenView.class)),
                ApiRoute.delete("/v1/tokens/{id}", this::revoke)
                        .summary("Revoke one of the caller's tokens")
                        .noContent("revoked"));
    }

    private void create(ServerRequest req, ServerResponse res) {
        CreateRequest body = json.read(req, CreateRequest.class);
        if (body.name() == null || body.name().isBlank() || body.name().length() > MAX_NAME) {
            throw ApiException.invalid("name is required (at most " + MAX_NAME + " characters)");
        }
        String scope = body.scope() == null ? "full" : body.scope();
        if (!SCOPES.contains(scope)) {
            throw ApiException.invalid("scope must be read or full");
        }
        Instant expiresAt = expiresAt(body.expiresAt());
        Tokens.Issued issued =
                tokens.issuePersonal(Caller.of(req).userId(), body.name().strip(), scope, expiresAt);
        ApiToken t = issued.token();
        JsonResponses.created(res, new Created(t.id(), issued.value(), t.name(), t.scope(), text(t.expiresAt())));
    }

    private void list(ServerRequest req, ServerResponse res) {
        List<TokenView> views = tokens.list(Caller.of(req).userId()).stream()
                .filter(t -> !t.revoked())
                .map(TokenView::of)
                .toList();
        JsonResponses.ok(res, views);
    }

    private void revoke(ServerRequest req, ServerResponse res) {
        String id = req.path().pathParameters().get("id");
        if (!tokens.revoke(Caller.of(req).userId(), id)) {
            throw ApiException.notFound();
        }
        JsonResponses.noContent(res);
    }

    private Instant expiresAt(String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            Instant at = Instant.parse(raw);
            if (!at.isAfter(tokens.now())) {
                throw ApiException.invalid("expiresAt must be in the future");
            }
            return at;
        } catch (DateTimeParseException e) {
            throw ApiException.invalid("expiresAt must be an ISO-8601 instant such as 2030-01-01T00:00:00Z");
        }
    }

    private static String text(Instant instant) {
        return instant == null ? null : instant.toString();
    }
}
