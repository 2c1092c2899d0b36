package io.dotportion.secrets.vault;

import io.dotportion.core.port.SecretRecord;
import io.dotportion.core.secret.SecretCatalog;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A project's secrets as workflow validation sees them, from the cache: names by type, the type of a name,
 * and the length of a current value (opened to measure it, never kept, logged or shown).
 */
final class VaultCatalog implements SecretCatalog {
    private final SecretCache cache;
    private final SecretReader reader;
    private final String projectId;

    VaultCatalog(SecretCache cache, SecretReader reader, String projectId) {
        this.cache = cache;
        this.reader = reader;
        this.projectId = projectId;
    }

    @Override
    public Set<String> names(String type) {
        return cache.get(projectId).byName().values().stream()
                .filter(record -> record.type().equals(type))
                .map(SecretRecord::name)
                .collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Optional<String> typeOf(String name) {
        return cache.get(projectId).get(name).map(SecretRecord::type);
    }

    /** Empty when there is no such secret or it cannot be opened (that is reported where it is used). */
    @Override
    public OptionalInt valueBytes(String type, String name) {
        try {
            return reader.current(projectId, name, type, SecretScope.LIVE)
                    .map(opened -> OptionalInt.of(opened.secret().reveal().getBytes(StandardCharsets.UTF_8).length))
                    .orElse(OptionalInt.empty());
        } catch (SecretUnavailableException e) {
            return OptionalInt.empty();
        }
    }
}
