package io.dotportion.core.secret;

import java.util.Optional;

/** Resolves one project's secrets by name at the moment of use. */
@FunctionalInterface
public interface SecretResolver {

    /** The current value of a secret of the given type, or empty when the project has no such secret. */
    Optional<Secret> resolve(String name, String type);

    SecretResolver NONE = (name, type) -> Optional.empty();
}
