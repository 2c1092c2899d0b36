package io.dotportion.core.secret;

import java.util.Optional;

/** Resolves one project's secrets by name at the moment of use. */
public interface SecretResolver {

    /** The current value of a secret of the given type, or empty when the project has no such secret. */
    Optional<Secret> resolve(String name, String type);

    /**
     * A given version of a secret: the current one, or a previous one while it is inside the secret's
     * grace window (JWT rotation). Empty otherwise.
     */
    Optional<Secret> resolveVersion(String name, String type, int version);

    SecretResolver NONE = new SecretResolver() {
        @Override
        public Optional<Secret> resolve(String name, String type) {
            return Optional.empty();
        }

        @Override
        public Optional<Secret> resolveVersion(String name, String type, int version) {
            return Optional.empty();
        }
    };
}
