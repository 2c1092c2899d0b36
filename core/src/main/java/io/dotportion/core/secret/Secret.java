package io.dotportion.core.secret;

import java.util.Arrays;
import java.util.Map;

/**
 * A resolved secret value. Prints as {@code ***}; has no accessor a serializer can find;
 * {@link #reveal()} is the single, greppable way to the value. {@link #environment()} names the environment
 * whose value this is ({@code live} unless said otherwise) and {@link #staged()} whether it is a staged
 * version, so that what depends on a value (a pooled connection) keeps environments and staged values apart.
 */
public final class Secret {
    private final String name;
    private final int version;
    private final char[] value;
    private final String environment;
    private final boolean staged;
    private final String type;
    private final Map<String, String> metadata;

    public Secret(String name, int version, char[] value) {
        this(name, version, "live", false, value, null, Map.of());
    }

    public Secret(String name, int version, String environment, boolean staged, char[] value) {
        this(name, version, environment, staged, value, null, Map.of());
    }

    /**
     * @param type     the secret's type id ({@code apiKey}, {@code jwt}, ...), null when not known
     * @param metadata the secret's non-secret settings (an {@code apiKey}'s {@code in} and {@code name})
     */
    public Secret(String name, int version, char[] value, String type, Map<String, String> metadata) {
        this(name, version, "live", false, value, type, metadata);
    }

    public Secret(
            String name,
            int version,
            String environment,
            boolean staged,
            char[] value,
            String type,
            Map<String, String> metadata) {
        this.name = name;
        this.version = version;
        this.environment = environment;
        this.staged = staged;
        this.value = value.clone();
        this.type = type;
        this.metadata = metadata == null ? Map.of() : Map.copyOf(metadata);
    }

    /** The secret's type id, or null when the resolver did not say. */
    public String type() {
        return type;
    }

    /** Non-secret settings kept with the secret (shown by the API); never part of the value. */
    public Map<String, String> metadata() {
        return metadata;
    }

    public String environment() {
        return environment;
    }

    public boolean staged() {
        return staged;
    }

    public String name() {
        return name;
    }

    public int version() {
        return version;
    }

    /** The plaintext value. Call only where the value is used (signing a token, opening a connection). */
    public String reveal() {
        return new String(value);
    }

    @Override
    public String toString() {
        return "***";
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Secret s && s.name.equals(name) && s.version == version && Arrays.equals(s.value, value);
    }

    @Override
    public int hashCode() {
        return name.hashCode() * 31 + version;
    }
}
