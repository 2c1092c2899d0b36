package io.dotportion.secrets.vault;

import com.google.crypto.tink.Aead;
import io.dotportion.core.port.ConflictException;
import io.dotportion.core.port.SecretRecord;
import io.dotportion.core.port.SecretStore;
import io.dotportion.secrets.key.ProjectKeyUnavailableException;
import io.dotportion.secrets.key.ProjectKeys;
import java.security.GeneralSecurityException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * Creates and replaces secrets. A replace bumps the version with a compare-and-set on the stored version
 * (retried when a concurrent writer won) and keeps the superseded ciphertext only when the secret has
 * a grace window. The value is checked and sealed before anything is written.
 */
final class SecretWriter {
    private final SecretStore store;
    private final ProjectKeys keys;
    private final Clock clock;
    private final ValueRules rules;
    private final int attempts;
    private final Sealer sealer = new Sealer();

    SecretWriter(SecretStore store, ProjectKeys keys, Clock clock, ValueRules rules, int attempts) {
        this.store = store;
        this.keys = keys;
        this.clock = clock;
        this.rules = rules;
        this.attempts = attempts;
    }

    /** The stored record and whether it was created. */
    record Written(SecretRecord record, boolean created) {}

    Written put(
            String projectId,
            String name,
            String typeId,
            SecretInput input,
            Integer graceSeconds,
            Map<String, String> metadata,
            String actor) {
        rules.checkName(name);
        SecretType type = rules.type(typeId);
        rules.checkGrace(name, graceSeconds);
        if (metadata != null) {
            rules.metadata(name, type, metadata, null);
        }
        byte[] plaintext = rules.plaintext(name, type, input);
        try {
            Aead aead = projectKey(projectId, name);
            for (int attempt = 0; attempt < attempts; attempt++) {
                Optional<Written> written =
                        tryWrite(aead, projectId, name, type, plaintext, graceSeconds, metadata, actor);
                if (written.isPresent()) {
                    return written.get();
                }
            }
            throw new ConflictException("name", "secret '" + name + "' was changed concurrently; try again");
        } finally {
            Arrays.fill(plaintext, (byte) 0);
        }
    }

    private Optional<Written> tryWrite(
            Aead aead,
            String projectId,
            String name,
            SecretType type,
            byte[] plaintext,
            Integer graceSeconds,
            Map<String, String> metadata,
            String actor) {
        Instant now = now();
        Optional<SecretRecord> current = store.find(projectId, name);
        if (current.isEmpty()) {
            int grace = graceSeconds == null ? 0 : graceSeconds;
            SecretRecord record = new SecretRecord(
                    projectId,
                    name,
                    type.id(),
                    1,
                    seal(aead, projectId, name, 1, plaintext),
                    grace,
                    now,
                    now,
                    actor,
                    null,
                    rules.metadata(name, type, metadata, null));
            try {
                store.insert(record);
                return Optional.of(new Written(record, true));
            } catch (ConflictException e) {
                return Optional.empty();
            }
        }
        SecretRecord old = current.get();
        if (!old.type().equals(type.id())) {
            throw new SecretInputException(
                    SecretInputException.Code.SECRET_TYPE_CHANGED,
                    "secret '" + name + "' is a " + old.type() + " secret; delete it first to store a " + type.id()
                            + " secret under this name");
        }
        int version = old.version() + 1;
        int grace = graceSeconds == null ? old.graceSeconds() : graceSeconds;
        SecretRecord.Previous previous =
                grace > 0 ? new SecretRecord.Previous(old.version(), old.ciphertext(), now) : null;
        SecretRecord record = new SecretRecord(
                projectId,
                name,
                type.id(),
                version,
                seal(aead, projectId, name, version, plaintext),
                grace,
                old.createdAt(),
                now,
                actor,
                previous,
                rules.metadata(name, type, metadata, old.metadata()));
        return store.replace(record, old.version()) ? Optional.of(new Written(record, false)) : Optional.empty();
    }

    private Aead projectKey(String projectId, String name) {
        try {
            return keys.forWriting(projectId);
        } catch (ProjectKeyUnavailableException e) {
            throw new SecretUnavailableException(
                    SecretUnavailableException.Code.PROJECT_KEY_UNAVAILABLE,
                    name,
                    "secret '" + name + "' cannot be stored: " + e.getMessage());
        }
    }

    private byte[] seal(Aead aead, String projectId, String name, int version, byte[] plaintext) {
        try {
            return sealer.seal(aead, projectId, name, version, plaintext.clone());
        } catch (GeneralSecurityException e) {
            throw new SecretUnavailableException(
                    SecretUnavailableException.Code.PROJECT_KEY_UNAVAILABLE,
                    name,
                    "secret '" + name + "' could not be sealed");
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
