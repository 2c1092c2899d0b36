package io.dotportion.server.auth;

import io.dotportion.core.port.ApiToken;
import io.dotportion.core.port.User;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import io.helidon.webserver.http.ServerRequest;

/** The authenticated user of one /v1 request and the token they presented. */
public record Caller(User user, ApiToken token) {

    /** The caller the auth filter attached to this request. */
    public static Caller of(ServerRequest req) {
        return req.context()
                .get(Caller.class)
                .orElseThrow(() -> new ApiException(ApiError.UNAUTHORIZED, "authentication required"));
    }

    public String userId() {
        return user.id();
    }

    public boolean readOnly() {
        return "read".equals(token.scope());
    }
}
