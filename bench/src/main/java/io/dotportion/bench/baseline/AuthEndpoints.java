package io.dotportion.bench.baseline;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import java.util.Map;
import java.util.Optional;
import org.bson.Document;

/**
 * {@code login.json} and {@code me.json} of the load test, written by hand: the same MongoDB reads, the same
 * token and the same answers as the workflows give.
 */
final class AuthEndpoints {
    private static final String BEARER = "bearer ";

    private final JsonIo json;
    private final Users users;
    private final Tokens tokens;

    AuthEndpoints(JsonIo json, Users users, Tokens tokens) {
        this.json = json;
        this.users = users;
        this.tokens = tokens;
    }

    /** login.json: email and password checked, user found by email, password compared, HS256 token for 1 h. */
    void login(ServerRequest req, ServerResponse res) {
        Optional<JsonIo.Body> body = json.body(req, res);
        if (body.isEmpty()) {
            return;
        }
        Fields fields = new Fields(body.get().value(), "body");
        String email = fields.requiredEmail("email");
        String password = fields.requiredString("password", 0, Integer.MAX_VALUE);
        if (!fields.valid()) {
            json.invalid(res, fields.errors());
            return;
        }
        Optional<Users.Login> user = users.byEmail(email);
        if (user.isEmpty() || !password.equals(user.get().password())) {
            json.send(res, 401, Map.of("error", "invalid credentials"));
            return;
        }
        json.send(
                res,
                200,
                Map.of("token", tokens.sign(user.get().id(), user.get().email())));
    }

    /** me.json: the bearer token verified (401 otherwise), the user's email and name found by the token's subject. */
    void me(ServerRequest req, ServerResponse res) {
        Optional<String> subject = req.headers()
                .first(HeaderNames.AUTHORIZATION)
                .map(String::strip)
                .filter(h -> h.regionMatches(true, 0, BEARER, 0, BEARER.length()))
                .map(h -> h.substring(BEARER.length()).strip())
                .flatMap(tokens::verifiedSubject);
        if (subject.isEmpty()) {
            json.send(res, 401, Map.of("error", "unauthorized"));
            return;
        }
        Optional<Document> profile = users.profile(subject.get());
        // me.json answers the find's output as it is: null (JSON null) when the user is gone
        json.send(res, 200, profile.isPresent() ? profile.get() : null);
    }
}
