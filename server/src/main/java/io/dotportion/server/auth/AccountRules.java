package io.dotportion.server.auth;

import io.dotportion.server.http.ApiException;
import java.util.Locale;
import java.util.regex.Pattern;

/** What makes a valid email, username and password at signup (and for {@code user create}). */
public final class AccountRules {
    private static final Pattern EMAIL = Pattern.compile("^[^\\s@]{1,64}@[^\\s@]+\\.[^\\s@]{2,}$");
    private static final Pattern USERNAME = Pattern.compile("[a-z0-9_-]{3,32}");
    private static final int MIN_PASSWORD = 8;
    private static final int MAX_PASSWORD = 256;
    private static final int MAX_EMAIL = 254;

    private AccountRules() {}

    public static String email(String raw) {
        if (raw == null || raw.isBlank()) {
            throw ApiException.invalid("email is required");
        }
        String email = raw.strip().toLowerCase(Locale.ROOT);
        if (email.length() > MAX_EMAIL || !EMAIL.matcher(email).matches()) {
            throw ApiException.invalid("email is not a valid address");
        }
        return email;
    }

    public static String username(String raw) {
        if (raw == null || raw.isBlank()) {
            throw ApiException.invalid("username is required");
        }
        String username = raw.strip();
        if (!USERNAME.matcher(username).matches()) {
            throw ApiException.invalid("username must be 3 to 32 characters of a-z, 0-9, _ and -");
        }
        return username;
    }

    /**
     * A password of 8 to 256 characters that is not among the most common ones, does not contain the
     * username or the email's name part, and is not too easy to guess ({@link PasswordStrength}); the
     * message names the rule it breaks.
     */
    public static String password(String raw, String email, String username) {
        if (raw == null || raw.codePointCount(0, raw.length()) < MIN_PASSWORD) {
            throw ApiException.invalid("password must have at least " + MIN_PASSWORD + " characters");
        }
        if (raw.length() > MAX_PASSWORD) {
            throw ApiException.invalid("password must have at most " + MAX_PASSWORD + " characters");
        }
        PasswordStrength.standard().problem(raw, email, username).ifPresent(problem -> {
            throw ApiException.invalid(problem);
        });
        return raw;
    }
}
