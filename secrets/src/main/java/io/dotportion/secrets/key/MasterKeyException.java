package io.dotportion.secrets.key;

/** A master key problem that stops the program: a stable code and a message that never holds key material. */
public final class MasterKeyException extends RuntimeException {

    /** Stable codes. */
    public enum Code {
        /** Not base64 of 32 bytes. */
        MASTER_KEY_INVALID,
        /** The key file cannot be read or written. */
        MASTER_KEY_FILE_UNREADABLE,
        /** Both the environment variable and a key file were given. */
        MASTER_KEY_AMBIGUOUS,
        /** No key was given and none can be generated because the store already holds wrapped keys. */
        MASTER_KEY_MISSING,
        /** The key does not open the stored project keysets. */
        MASTER_KEY_MISMATCH,
        /** A rotation was asked with unusable keys (e.g. the new key equals the old one). */
        MASTER_KEY_ROTATION_REFUSED
    }

    private final Code code;

    public MasterKeyException(Code code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public Code code() {
        return code;
    }
}
