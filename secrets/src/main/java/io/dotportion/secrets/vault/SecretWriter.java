package io.dotportion.secrets.vault;

import com.google.crypto.tink.Aead;
import io.dotportion.core.port.ConflictException;
import io.dotportion.core.port.SecretRecord;
import io.dotportion.core.port.SecretRecord.Sealed;
import io.dotportion.core.port.SecretRecord.Slot;
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
 * Creates and replaces secrets' values, one environment at a time, directly or as a staged version. Every
 * write is a compare-and-set on the stored revision (retried when a concurrent writer won); promotions,
 * discards and removals go through {@link SecretChanges} the same way. A new value gets the secret's next
 * version (unique across environments). The value is checked and sealed before anything is written; a
 * replace keeps the superseded ciphertext only when the secret has a grace window.
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

    /** The stored record, whether it was created, the audit action and the version it concerns. */
    record Written(SecretRecord record, boolean created, String action, int version) {}

    /** A put; {@code input} null changes the settings of an existing secret only. */
    Written put(
            String projectId, String name, String typeId, SecretInput input, SecretWriteOptions options, String actor) {
        rules.checkName(name);
        SecretType type = rules.type(typeId);
        Environments.checkName(options.environment());
        rules.checkGrace(name, options.graceSeconds());
        if (options.metadata() != null) {
            rules.metadata(name, type, options.metadata(), null);
        }
        byte[] plaintext = input == null ? null : rules.plaintext(name, type, input);
        try {
            Aead aead = plaintext == null ? null : projectKey(projectId, name);
            for (int attempt = 0; attempt < attempts; attempt++) {
                Optional<Written> written = tryWrite(aead, projectId, name, type, plaintext, options, actor);
                if (written.isPresent()) {
                    return written.get();
                }
            }
            throw concurrent(name);
        } finally {
            if (plaintext != null) {
                Arrays.fill(plaintext, (byte) 0);
            }
        }
    }

    /** Applies {@code change} to the stored record with a compare-and-set; empty when there is no such secret. */
    Optional<SecretChanges.Changed> change(String projectId, String name, SecretChanges.Change change) {
        for (int attempt = 0; attempt < attempts; attempt++) {
            Optional<SecretRecord> current = store.find(projectId, name);
            if (current.isEmpty()) {
                return Optional.empty();
            }
            SecretRecord old = current.get();
            SecretChanges.Changed changed = change.apply(old, now());
            if (changed.record() == old) {
                return Optional.of(changed); // nothing to change
            }
            boolean stored = changed.record() == null
                    ? store.delete(projectId, name)
                    : store.replace(changed.record(), old.revision());
            if (stored) {
                return Optional.of(changed);
            }
        }
        throw concurrent(name);
    }

    private Optional<Written> tryWrite(
            Aead aead,
            String projectId,
            String name,
            SecretType type,
            byte[] plaintext,
            SecretWriteOptions options,
            String actor) {
        Instant now = now();
        String environment = options.environment();
        Optional<SecretRecord> current = store.find(projectId, name);
        if (current.isEmpty()) {
            if (plaintext == null) {
                throw rules.valueRequired(name);
            }
            Sealed sealed = seal(aead, projectId, name, 1, environment, plaintext, now, actor);
            Slot slot = options.stage() ? new Slot(null, null, sealed) : new Slot(sealed, null, null);
            SecretRecord record = new SecretRecord(
                    projectId,
                    name,
                    type.id(),
                    1,
                    1,
                    options.graceSeconds() == null ? 0 : options.graceSeconds(),
                    Boolean.TRUE.equals(options.testUsesLive()),
                    now,
                    now,
                    actor,
                    Map.of(environment, slot),
                    rules.metadata(name, type, options.metadata(), null));
            try {
                store.insert(record);
                return Optional.of(new Written(record, true, options.stage() ? "stage" : "create", 1));
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
        int grace = options.graceSeconds() == null ? old.graceSeconds() : options.graceSeconds();
        boolean testUsesLive = options.testUsesLive() == null ? old.testUsesLive() : options.testUsesLive();
        Map<String, String> metadata = rules.metadata(name, type, options.metadata(), old.metadata());
        if (plaintext == null) {
            SecretRecord record =
                    SecretChanges.settled(old, grace, testUsesLive, now, actor).withMetadata(metadata);
            return store.replace(record, old.revision())
                    ? Optional.of(new Written(record, false, "settings", old.version()))
                    : Optional.empty();
        }
        int version = old.lastVersion() + 1;
        Sealed sealed = seal(aead, projectId, name, version, environment, plaintext, now, actor);
        Slot slot = old.slot(environment).orElse(new Slot(null, null, null));
        Slot next = options.stage()
                ? new Slot(slot.current(), slot.previous(), sealed)
                : new Slot(sealed, SecretChanges.superseded(slot.current(), grace, now), slot.staged());
        SecretRecord record = SecretChanges.with(old, environment, next, version, grace, testUsesLive, now, actor)
                .withMetadata(metadata);
        String action = options.stage() ? "stage" : slot.current() == null ? "create" : "replace";
        return store.replace(record, old.revision())
                ? Optional.of(new Written(record, false, action, version))
                : Optional.empty();
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

    private Sealed seal(
            Aead aead,
            String projectId,
            String name,
            int version,
            String environment,
            byte[] plaintext,
            Instant now,
            String actor) {
        try {
            byte[] ciphertext =
                    sealer.seal(aead, new Sealer.Binding(projectId, name, version, environment), plaintext.clone());
            return new Sealed(version, ciphertext, now, actor);
        } catch (GeneralSecurityException e) {
            throw new SecretUnavailableException(
                    SecretUnavailableException.Code.PROJECT_KEY_UNAVAILABLE,
                    name,
                    "secret '" + name + "' could not be sealed");
        }
    }

    private static ConflictException concurrent(String name) {
        return new ConflictException("name", "secret '" + name + "' was changed concurrently; try again");
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }
}
