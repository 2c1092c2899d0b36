package io.dotportion.core.value;

/**
 * Input that is not well-formed: invalid UTF-8, malformed or ambiguous JSON (trailing content, a duplicate
 * key, an unpaired surrogate), or a bad percent-encoding. The message says what is wrong in safe words,
 * never quoting more of the input than a key name.
 */
public final class MalformedInputException extends IllegalArgumentException {
    public MalformedInputException(String message) {
        super(message);
    }

    public MalformedInputException(String message, Throwable cause) {
        super(message, cause);
    }
}
