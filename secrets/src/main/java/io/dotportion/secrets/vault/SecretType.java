package io.dotportion.secrets.vault;

import java.util.Optional;

/** The kinds of secret a project can hold, by their stable ids. */
public enum SecretType {
    /** An HMAC key for signing and verifying tokens; at least 32 bytes. */
    JWT("jwt"),
    /** A MongoDB connection URL ({@code mongodb://} or {@code mongodb+srv://}). */
    MONGODB("mongodb");

    private final String id;

    SecretType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<SecretType> byId(String id) {
        for (SecretType type : values()) {
            if (type.id.equals(id)) {
                return Optional.of(type);
            }
        }
        return Optional.empty();
    }
}
