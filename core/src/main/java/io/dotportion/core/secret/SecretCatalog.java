package io.dotportion.core.secret;

import java.util.Set;

/** Names of a project's secrets by type, for validation (never values). */
@FunctionalInterface
public interface SecretCatalog {

    Set<String> names(String type);

    SecretCatalog EMPTY = type -> Set.of();
}
