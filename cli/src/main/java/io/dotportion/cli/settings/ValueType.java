package io.dotportion.cli.settings;

/**
 * How a setting's text becomes its value. {@link #allowed} says what is accepted, for the reference and for
 * the message about a bad value; a secret type's values are never shown, not even when they are refused.
 */
public interface ValueType<T> {

    /** The value of {@code text} (stripped, not blank); throws {@link BadValue} when it is not allowed. */
    T parse(String text);

    String allowed();

    default boolean secret() {
        return false;
    }

    /** Whether {@code text} is a credential that a config file may hold only when no other user can read it. */
    default boolean credential(String text) {
        return secret();
    }

    /** A value that is not allowed; the message says why without repeating the value. */
    final class BadValue extends RuntimeException {
        public BadValue(String reason) {
            super(reason, null, false, false);
        }
    }
}
