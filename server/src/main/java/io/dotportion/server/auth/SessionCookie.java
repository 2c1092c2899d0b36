package io.dotportion.server.auth;

import java.time.Duration;

/** The browser session cookie: HttpOnly, SameSite=Strict, Path=/. */
public final class SessionCookie {
    public static final String NAME = "dp_session";

    private SessionCookie() {
    }

    public static String set(String token, Duration maxAge) {
        return NAME + "=" + token + "; Path=/; Max-Age=" + maxAge.toSeconds() + "; HttpOnly; SameSite=Strict";
    }

    public static String clear() {
        return NAME + "=; Path=/; Max-Age=0; HttpOnly; SameSite=Strict";
    }
}
