package io.dotportion.core.port;

/** A unique constraint was hit: {@code field} names what is already taken. */
public final class ConflictException extends RuntimeException {
    private final String field;

    public ConflictException(String field, String message) {
        super(message, null, false, false);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
