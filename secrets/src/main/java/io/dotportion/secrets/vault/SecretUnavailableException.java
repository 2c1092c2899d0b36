package io.dotportion.secrets.vault;

/**
 * A stored secret that cannot be opened. The message names the secret and the cause, never a value.
 * Only this secret is affected; every other secret still resolves.
 */
public final class SecretUnavailableException extends RuntimeException {

    /** Stable codes. */
    public enum Code {
        /** The ciphertext does not open: altered, or copied from another project, name, version or environment. */
        SECRET_DAMAGED,
        /** The project's data key cannot be opened by this process (master key). */
        PROJECT_KEY_UNAVAILABLE,
        /** The secret has no value for the run's environment (and may not use another's). */
        SECRET_VALUE_MISSING
    }

    private final Code code;
    private final String secretName;

    public SecretUnavailableException(Code code, String secretName, String message) {
        super(message, null, false, false);
        this.code = code;
        this.secretName = secretName;
    }

    public Code code() {
        return code;
    }

    public String secretName() {
        return secretName;
    }
}
