package io.dotportion.core.secret;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * What validation may know of a project's secrets: names by type, the type of a name, and the length of a
 * value (never a value).
 */
@FunctionalInterface
public interface SecretCatalog {

    Set<String> names(String type);

    /** The type of the project's secret named {@code name}; empty when there is none or it is not known. */
    default Optional<String> typeOf(String name) {
        return Optional.empty();
    }

    /**
     * The length in bytes (UTF-8) of the current value of the project's secret of this type and name; empty
     * when there is none or it is not known. Never the value itself.
     */
    default OptionalInt valueBytes(String type, String name) {
        return OptionalInt.empty();
    }

    /** False when the project's secrets are not known at all (offline): secret checks are skipped. */
    default boolean known() {
        return true;
    }

    SecretCatalog EMPTY = type -> Set.of();

    /** No project: no secret check is made (their existence, type and length are not known). */
    SecretCatalog UNCHECKED = new SecretCatalog() {
        @Override
        public Set<String> names(String type) {
            return Set.of();
        }

        @Override
        public boolean known() {
            return false;
        }
    };
}
