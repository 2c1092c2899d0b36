package io.dotportion.secrets.vault;

/**
 * A rejected secret write. The message names the secret and the rule, never the value. Codes map to
 * HTTP 400, except {@link Code#SECRET_TYPE_CHANGED}, {@link Code#SECRET_NOT_STAGED} and
 * {@link Code#ENVIRONMENT_LIMIT} (409).
 */
public final class SecretInputException extends RuntimeException {

    /** Stable codes. */
    public enum Code {
        INVALID_SECRET_NAME,
        INVALID_SECRET_TYPE,
        INVALID_SECRET_VALUE,
        INVALID_GRACE_SECONDS,
        SECRET_TYPE_CHANGED,
        /** An environment name that is malformed or not one of the project's environments. */
        INVALID_ENVIRONMENT,
        /** A promote or discard of an environment that has no staged version. */
        SECRET_NOT_STAGED,
        /** Adding an environment past the project's limit. */
        ENVIRONMENT_LIMIT,
        /** Metadata its type refuses (an apiKey without {@code in} and {@code name}, a reserved header name). */
        INVALID_SECRET_METADATA
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
