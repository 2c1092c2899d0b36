package io.dotportion.server.auth;

import io.dotportion.core.port.ApiToken;
import io.dotportion.core.port.UserStore;
import io.dotportion.server.http.ApiError;
import io.dotportion.server.http.ApiException;
import io.dotportion.server.http.ErrorHandlers;
import io.helidon.http.HeaderName;
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
 * A read-scoped token may only read. A request authenticated by the cookie that is not a read must carry
 * the session's CSRF token in {@code X-CSRF-Token} (bearer tokens are exempt: no browser sends them alone).
 * {@code GET /v1/auth/session} is open: it gets the caller when the request presents a valid token, none otherwise.
 */
public final class AuthFilter implements Filter {
    private static final Set<String> PUBLIC = Set.of("/v1/auth/signup", "/v1/auth/login");
    private static final Set<Method> READS = Set.of(Method.GET, Method.HEAD, Method.OPTIONS);
    private static final HeaderName CSRF_HEADER = HeaderNames.create(Csrf.HEADER);
    private static final String LOGOUT = "/v1/auth/logout";
    private static final String SESSION = "/v1/auth/session";
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
        if (SESSION.equals(path)) {
            presented(req)
                    .flatMap(p -> tokens.verify(p.value()))
                    .flatMap(token -> users.byId(token.userId()).map(user -> new Caller(user, token)))
                    .ifPresent(caller -> req.context().register(caller));
            chain.proceed();
            return;
        }
        try {
            Presented presented = presented(req).orElseThrow(AuthFilter::unauthorized);
            Caller caller = authenticate(presented.value());
            Method method = req.prologue().method();
            if (presented.cookie()
                    && !READS.contains(method)
                    && !Csrf.matches(
                            presented.value(), req.headers().first(CSRF_HEADER).orElse(null))) {
                throw new ApiException(ApiError.CSRF_REJECTED, "missing or wrong " + Csrf.HEADER + " header");
            }
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

    /** The token a request presents, and whether it came in the session cookie. */
    private record Presented(String value, boolean cookie) {}

    private Caller authenticate(String value) {
        ApiToken token = tokens.verify(value).orElseThrow(AuthFilter::unauthorized);
        return users.byId(token.userId()).map(user -> new Caller(user, token)).orElseThrow(AuthFilter::unauthorized);
    }

    private static Optional<Presented> presented(RoutingRequest req) {
        Optional<String> header = req.headers().first(HeaderNames.AUTHORIZATION);
        if (header.isPresent()) {
            String value = header.get().strip();
            return value.regionMatches(true, 0, BEARER, 0, BEARER.length())
                    ? Optional.of(new Presented(value.substring(BEARER.length()).strip(), false))
                    : Optional.empty();
        }
        return req.headers().cookies().first(SessionCookie.NAME).asOptional().map(value -> new Presented(value, true));
    }

    private static ApiException unauthorized() {
        return new ApiException(ApiError.UNAUTHORIZED, "missing, invalid or expired token");
    }
}
