package io.dotportion.secrets.vault;

import com.google.crypto.tink.Aead;
import io.dotportion.core.port.SecretRecord;
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
 * Opens secrets from the cached records: the current version, or the previous one while inside the
 * secret's grace window. Decrypts on every call (AES-GCM is cheap), so no plaintext is kept.
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

    Optional<Secret> current(String projectId, String name, String type) {
        return record(projectId, name, type)
                .map(record -> open(projectId, record, record.version(), record.ciphertext()));
    }

    Optional<Secret> version(String projectId, String name, String type, int version) {
        Optional<SecretRecord> found = record(projectId, name, type);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        SecretRecord record = found.get();
        if (record.version() == version) {
            return Optional.of(open(projectId, record, version, record.ciphertext()));
        }
        SecretRecord.Previous previous = record.previous();
        if (previous == null || previous.version() != version || !insideGrace(record, previous)) {
            return Optional.empty();
        }
        return Optional.of(open(projectId, record, version, previous.ciphertext()));
    }

    private boolean insideGrace(SecretRecord record, SecretRecord.Previous previous) {
        Instant end = previous.replacedAt().plusSeconds(record.graceSeconds());
        return record.graceSeconds() > 0 && clock.instant().isBefore(end);
    }

    private Optional<SecretRecord> record(String projectId, String name, String type) {
        return cache.get(projectId).get(name).filter(record -> record.type().equals(type));
    }

    private Secret open(String projectId, SecretRecord record, int version, byte[] ciphertext) {
        String name = record.name();
        Aead aead = aead(projectId, name);
        char[] value = null;
        try {
            value = sealer.open(aead, projectId, name, version, ciphertext);
            return new Secret(name, version, value, record.type(), record.metadata());
        } catch (GeneralSecurityException e) {
            LOG.warn("secret {} version {} of project {} does not open (SECRET_DAMAGED)", name, version, projectId);
            throw new SecretUnavailableException(
                    SecretUnavailableException.Code.SECRET_DAMAGED,
                    name,
                    "secret '" + name
                            + "' (version " + version
                            + ") cannot be opened: its stored ciphertext was altered or belongs to "
                            + "another project, name or version");
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
