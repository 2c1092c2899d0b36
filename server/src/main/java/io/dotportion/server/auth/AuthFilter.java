package io.dotportion.server.auth;

import io.dotportion.core.port.ApiToken;
import io.dotportion.core.port.UserStore;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import io.dotportion.server.http.ErrorHandlers;
import io.helidon.http.HeaderNames;
import io.helidon.http.Method;
import io.helidon.webserver.http.Filter;
import io.helidon.webserver.http.FilterChain;
import io.helidon.webserver.http.RoutingRequest;
import io.helidon.webserver.http.RoutingResponse;
import java.util.Optional;
import java.util.Set;

/**
 * Authenticates every /v1 request except signup and login: a bearer token, or the session cookie.
 * A read-scoped token may only read.
 */
public final class AuthFilter implements Filter {
    private static final Set<String> PUBLIC = Set.of("/v1/auth/signup", "/v1/auth/login");
    private static final Set<Method> READS = Set.of(Method.GET, Method.HEAD);
    private static final String LOGOUT = "/v1/auth/logout";
    private static final String BEARER = "bearer ";

    private final Tokens tokens;
    private final UserStore users;

    public AuthFilter(Tokens tokens, UserStore users) {
        this.tokens = tokens;
        this.users = users;
    }

    @Override
    public void filter(FilterChain chain, RoutingRequest req, RoutingResponse res) {
        String path = req.path().path();
        if (!path.startsWith("/v1/") || PUBLIC.contains(path)) {
            chain.proceed();
            return;
        }
        try {
            Caller caller = authenticate(req);
            Method method = req.prologue().method();
            if (caller.readOnly() && !READS.contains(method) && !LOGOUT.equals(path)) {
                throw new ApiException(ApiError.FORBIDDEN, "this token may only read");
            }
            req.context().register(caller);
        } catch (ApiException e) {
            ErrorHandlers.answer(res, e);
            return;
        }
        chain.proceed();
    }

    private Caller authenticate(RoutingRequest req) {
        ApiToken token = presented(req)
                .flatMap(tokens::verify)
                .orElseThrow(AuthFilter::unauthorized);
        return users.byId(token.userId())
                .map(user -> new Caller(user, token))
                .orElseThrow(AuthFilter::unauthorized);
    }

    private static Optional<String> presented(RoutingRequest req) {
        Optional<String> header = req.headers().first(HeaderNames.AUTHORIZATION);
        if (header.isPresent()) {
            String value = header.get().strip();
            return value.regionMatches(true, 0, BEARER, 0, BEARER.length())
                    ? Optional.of(value.substring(BEARER.length()).strip())
                    : Optional.empty();
        }
        return req.headers().cookies().first(SessionCookie.NAME).asOptional();
    }

    private static ApiException unauthorized() {
        return new ApiException(ApiError.UNAUTHORIZED, "missing, invalid or expired token");
    }
}
