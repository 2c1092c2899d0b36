package io.dotportion.server.auth;

import java.time.Duration;
import java.util.List;

/**
 * The browser session cookies. {@code dp_session} holds the session token: HttpOnly, SameSite=Strict and
 * {@code Path=/v1}, so the browser sends it to the management API only, never to a tenant's endpoint under
 * {@code /api}. {@code dp_csrf} holds its CSRF token and must be readable by the UI's pages ({@code Path=/});
 * a page the runtime serves cannot read it, because every {@code /api} answer is sandboxed to an opaque origin
 * (see {@code SecurityHeaders}). Both get {@code Secure} when the request came over TLS, directly or through a
 * trusted proxy.
 */
public final class SessionCookie {
    public static final String NAME = "dp_session";
    public static final String CSRF_NAME = "dp_csrf";
    static final String SESSION_PATH = "/v1";

    private SessionCookie() {}

    /** The Set-Cookie values of a login: the session and CSRF cookies, and the end of an older {@code Path=/} session. */
    public static List<String> login(String token, String csrfToken, Duration maxAge, boolean secure) {
        return List.of(
                cookie(NAME, token, SESSION_PATH, maxAge, true, secure),
                cookie(CSRF_NAME, csrfToken, "/", maxAge, false, secure),
                cookie(NAME, "", "/", Duration.ZERO, true, secure));
    }

    /** The Set-Cookie values of a logout (the session cookie under its old path too). */
    public static List<String> logout(boolean secure) {
        return List.of(
                cookie(NAME, "", SESSION_PATH, Duration.ZERO, true, secure),
                cookie(NAME, "", "/", Duration.ZERO, true, secure),
                cookie(CSRF_NAME, "", "/", Duration.ZERO, false, secure));
    }

    private static String cookie(
            String name, String value, String path, Duration maxAge, boolean httpOnly, boolean secure) {
        return name + "=" + value + "; Path=" + path + "; Max-Age=" + maxAge.toSeconds()
                + (httpOnly ? "; HttpOnly" : "") + (secure ? "; Secure" : "") + "; SameSite=Strict";
    }
}
