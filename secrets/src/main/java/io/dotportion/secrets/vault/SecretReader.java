package io.dotportion.secrets.vault;

import com.google.crypto.tink.Aead;
import io.dotportion.core.port.SecretRecord;
import io.dotportion.core.port.SecretRecord.Slot;
import io.dotportion.core.secret.Secret;
import io.dotportion.secrets.key.ProjectKeyUnavailableException;
import io.dotportion.secrets.key.ProjectKeys;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.util.Arrays;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Opens secrets from the cached records: the value a scope uses ({@link ValueChoice}), or an earlier one of
 * the same environment while inside the secret's grace window. Decrypts on every call (AES-GCM is cheap), so
 * no plaintext is kept. A secret that exists but has no value for the scope throws
 * {@link SecretUnavailableException} ({@code SECRET_VALUE_MISSING}) saying which environment lacks it.
 */
final class SecretReader {
    private static final Logger LOG = LoggerFactory.getLogger(SecretReader.class);

    private final SecretCache cache;
    private final ProjectKeys keys;
    private final Clock clock;
    private final Sealer sealer = new Sealer();

    SecretReader(SecretCache cache, ProjectKeys keys, Clock clock) {
        this.cache = cache;
        this.keys = keys;
        this.clock = clock;
    }

    /** A resolved value and which value it was. */
    record Opened(Secret secret, SecretUse use) {}

    Optional<Opened> current(String projectId, String name, String type, SecretScope scope) {
        Optional<SecretRecord> found = record(projectId, name, type);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        ValueChoice choice = choice(found.get(), scope);
        return Optional.of(opened(
                projectId,
                found.get(),
                choice,
                choice.value().version(),
                choice.value().ciphertext()));
    }

    Optional<Opened> version(String projectId, String name, String type, int version, SecretScope scope) {
        Optional<SecretRecord> found = record(projectId, name, type);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SecretRecord record = found.get();
        ValueChoice choice = choice(record, scope);
        if (choice.value().version() == version) {
            return Optional.of(
                    opened(projectId, record, choice, version, choice.value().ciphertext()));
        }
        Slot slot = record.slot(choice.environment()).orElseThrow();
        if (choice.staged() && slot.current() != null && slot.current().version() == version) {
            // a staged run sees the secret as if promoted now: the current value is inside the window
            return record.graceSeconds() > 0
                    ? Optional.of(opened(
                            projectId, record, choice, version, slot.current().ciphertext()))
                    : Optional.empty();
        }
        SecretRecord.Previous previous = slot.previous();
        if (previous == null || previous.version() != version || !insideGrace(record, previous)) {
            return Optional.empty();
        }
        return Optional.of(opened(projectId, record, choice, version, previous.ciphertext()));
    }

    private static ValueChoice choice(SecretRecord record, SecretScope scope) {
        return ValueChoice.pick(record, scope)
                .orElseThrow(() -> new SecretUnavailableException(
                        SecretUnavailableException.Code.SECRET_VALUE_MISSING,
                        record.name(),
                        ValueChoice.missing(record.name(), scope)));
    }

    private boolean insideGrace(SecretRecord record, SecretRecord.Previous previous) {
        Instant end = previous.replacedAt().plusSeconds(record.graceSeconds());
        return record.graceSeconds() > 0 && clock.instant().isBefore(end);
    }

    private Optional<SecretRecord> record(String projectId, String name, String type) {
        return cache.get(projectId).get(name).filter(record -> record.type().equals(type));
    }

    private Opened opened(String projectId, SecretRecord record, ValueChoice choice, int version, byte[] ciphertext) {
        String name = record.name();
        String environment = choice.environment();
        Secret secret = open(projectId, record, version, environment, choice.staged(), ciphertext);
        return new Opened(secret, new SecretUse(name, environment, version, choice.staged(), choice.fallback()));
    }

    private Secret open(
            String projectId, SecretRecord record, int version, String environment, boolean staged, byte[] ciphertext) {
        String name = record.name();
        Aead aead = aead(projectId, name);
        char[] value = null;
        try {
            value = sealer.open(aead, new Sealer.Binding(projectId, name, version, environment), ciphertext);
            return new Secret(name, version, environment, staged, value, record.type(), record.metadata());
        } catch (GeneralSecurityException e) {
            LOG.warn(
                    "secret {} version {} ({}) of project {} does not open (SECRET_DAMAGED)",
                    name,
                    version,
                    environment,
                    projectId);
            throw new SecretUnavailableException(
                    SecretUnavailableException.Code.SECRET_DAMAGED,
                    name,
                    "secret '" + name
                            + "' (version " + version
                            + ") cannot be opened: its stored ciphertext was altered or belongs to "
                            + "another project, name, version or environment");
        } finally {
            if (value != null) {
                Arrays.fill(value, '\0');
            }
        }
    }

    private Aead aead(String projectId, String name) {
        try {
            return keys.existing(projectId)
                    .orElseThrow(() -> new ProjectKeyUnavailableException(
                            projectId, "project " + projectId + " has secrets but no data key"));
        } catch (ProjectKeyUnavailableException e) {
            LOG.warn("secret {} of project {}: project key unavailable (PROJECT_KEY_UNAVAILABLE)", name, projectId);
            throw new SecretUnavailableException(
                    SecretUnavailableException.Code.PROJECT_KEY_UNAVAILABLE,
                    name,
                    "secret '" + name + "' cannot be opened: " + e.getMessage());
        }
    }
}
