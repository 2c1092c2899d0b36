package io.dotportion.server.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;

/**
 * Double-submit CSRF protection bound to the session: the CSRF token is a hash of the session token, given
 * at login (in the body and in the readable {@code dp_csrf} cookie). A request authenticated by the session
 * cookie that changes anything must repeat it in {@code X-CSRF-Token}; another site can neither read the
 * cookie nor compute the value, so it cannot forge such a request.
 */
public final class Csrf {
    public static final String HEADER = "X-CSRF-Token";

    private Csrf() {}

    /** The CSRF token of a session token. */
    public static String tokenFor(String sessionToken) {
        byte[] digest = Tokens.sha256(("csrf:" + sessionToken).getBytes(StandardCharsets.UTF_8));
        return Base64.getUrlEncoder().withoutPadding().encodeToString(digest);
    }

    /** Whether {@code presented} is the CSRF token of {@code sessionToken} (compared in constant time). */
    public static boolean matches(String sessionToken, String presented) {
        if (presented == null || presented.isBlank()) {
            return false;
        }
        byte[] expected = tokenFor(sessionToken).getBytes(StandardCharsets.UTF_8);
        return MessageDigest.isEqual(expected, presented.strip().getBytes(StandardCharsets.UTF_8));
    }
}
