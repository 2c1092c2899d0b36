package io.dotportion.server.auth;

import java.time.Duration;

/**
 * The browser session cookies: {@code dp_session} (HttpOnly, SameSite=Strict, Path=/) holds the session
 * token; {@code dp_csrf} (readable by the page, SameSite=Strict) holds its CSRF token.
 */
public final class SessionCookie {
    public static final String NAME = "dp_session";
    public static final String CSRF_NAME = "dp_csrf";

    private SessionCookie() {
    }

    public static String set(String token, Duration maxAge) {
        return NAME + "=" + token + "; Path=/; Max-Age=" + maxAge.toSeconds() + "; HttpOnly; SameSite=Strict";
    }

    public static String setCsrf(String csrfToken, Duration maxAge) {
        return CSRF_NAME + "=" + csrfToken + "; Path=/; Max-Age=" + maxAge.toSeconds() + "; SameSite=Strict";
    }

    public static String clear() {
        return NAME + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict";
    }

    public static String clearCsrf() {
        return CSRF_NAME + "=; Path=/; Max-Age=0; SameSite=Strict";
    }
}
