package io.dotportion.secrets.redact;

import io.dotportion.core.secret.Redactor;
import java.util.regex.Pattern;

/**
 * Makes MongoDB driver error messages safe to log or show: every connection string is replaced by
 * {@code mongodb://[connection string hidden]}, {@code password=...} pairs lose their value, and the
 * execution's redactor (if any) masks the rest.
 */
public final class MongoErrorScrubber {
    private static final Pattern URL = Pattern.compile("mongodb(?:\\+srv)?:(?:\\\\?/){2}[^\\s\"'<>]*");
    private static final Pattern PASSWORD_PAIR =
            Pattern.compile("(?i)(password\\s*[=:]\\s*)(?!<hidden>)[^\\s,;}\\]\"']+");
    private static final String HIDDEN_URL = "mongodb://[connection string hidden]";

    private final Redactor redactor;

    public MongoErrorScrubber(Redactor redactor) {
        this.redactor = redactor;
    }

    public MongoErrorScrubber() {
        this(Redactor.NONE);
    }

    public String scrub(String message) {
        if (message == null) {
            return null;
        }
        String masked = redactor.redact(message);
        String withoutUrls = URL.matcher(masked).replaceAll(HIDDEN_URL);
        return PASSWORD_PAIR.matcher(withoutUrls).replaceAll("$1<hidden>");
    }

    /** A safe one-line description of a driver failure: its type and scrubbed message. */
    public String describe(Throwable error) {
        String message = scrub(error.getMessage());
        String type = error.getClass().getSimpleName();
        return message == null || message.isBlank() ? type : type + ": " + message;
    }
}
