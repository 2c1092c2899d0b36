package io.dotportion.secrets.vault;

/**
 * A rejected secret write. The message names the secret and the rule, never the value. Codes map to
 * HTTP 400, except {@link Code#SECRET_TYPE_CHANGED} (409).
 */
public final class SecretInputException extends RuntimeException {

    /** Stable codes. */
    public enum Code {
        INVALID_SECRET_NAME,
        INVALID_SECRET_TYPE,
        INVALID_SECRET_VALUE,
        INVALID_GRACE_SECONDS,
        INVALID_SECRET_METADATA,
        SECRET_TYPE_CHANGED
    }

    private final Code code;

    public SecretInputException(Code code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
