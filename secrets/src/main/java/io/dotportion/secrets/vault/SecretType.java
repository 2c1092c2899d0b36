package io.dotportion.secrets.vault;

import java.util.Optional;

/** The kinds of secret a project can hold, by their stable ids. */
public enum SecretType {
    /** An HMAC key for signing and verifying tokens; at least 32 bytes. */
    JWT("jwt"),
    /** A MongoDB connection URL ({@code mongodb://} or {@code mongodb+srv://}). */
    MONGODB("mongodb"),
    /**
     * A key for another service's API; its metadata says where it goes: {@code in} ({@code header} or
     * {@code query}) and {@code name} (the header or query parameter name).
     */
    API_KEY("apiKey"),
    /** A token sent as {@code Authorization: Bearer <token>}. */
    BEARER("bearer"),
    /** {@code user:password}, sent as {@code Authorization: Basic base64(user:password)}. */
    BASIC("basic");

    private final String id;

    SecretType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    /** Every id, for messages: {@code 'jwt', 'mongodb', ...}. */
    public static String ids() {
        StringBuilder out = new StringBuilder();
        for (SecretType type : values()) {
            out.append(out.isEmpty() ? "" : ", ").append('\'').append(type.id).append('\'');
        }
        return out.toString();
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
