package io.dotportion.secrets.vault;

import io.dotportion.core.egress.EgressPolicy;
import io.dotportion.core.port.AuditStore;
import io.dotportion.core.port.SecretRecord;
import io.dotportion.core.port.SecretStore;
import io.dotportion.core.secret.SecretCatalog;
import io.dotportion.core.secret.SecretResolver;
import io.dotportion.secrets.key.ProjectKeys;
import io.dotportion.secrets.redact.ExecutionRedactor;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The project secrets service: write (create or replace), list metadata, delete, and resolve at the
 * moment of use. Values go in and never come out except as a {@link io.dotportion.core.secret.Secret}
 * from a resolver. Sealed records are cached per project, so resolving reads no database in the
 * steady state; a write here is visible to the next resolve here at once, and to other processes
 * sharing the store within {@link VaultSettings#changePollInterval()} plus one load. Close to stop
 * the change watcher. A {@code mongodb} value is checked against the egress policy when it is saved.
 */
public final class SecretVault implements AutoCloseable {
    private final SecretStore store;
    private final ProjectKeys keys;
    private final Clock clock;
    private final SecretCache cache;
    private final SecretReader reader;
    private final SecretWriter writer;
    private final SecretAudit audit;
    private final ChangeWatcher watcher;

    public SecretVault(
            SecretStore store,
            ProjectKeys keys,
            AuditStore audit,
            Clock clock,
            SecureRandom random,
            VaultSettings settings,
            EgressPolicy egress) {
        this.store = store;
        this.keys = keys;
        this.clock = clock;
        this.cache = new SecretCache(store);
        this.reader = new SecretReader(cache, keys, clock);
        this.writer = new SecretWriter(
                store, keys, clock, new ValueRules(settings, random, egress), settings.writeAttempts());
        this.audit = new SecretAudit(audit);
        this.watcher = new ChangeWatcher(store, cache, settings.changePollInterval());
    }

    /**
     * Creates version 1 or replaces the value with the next version. {@code graceSeconds} null keeps the
     * secret's window (0 for a new secret). Throws {@link SecretInputException} for a bad name, type,
     * value or window, {@link SecretUnavailableException} when the project key cannot be used.
     */
    public SecretWrite put(
            String projectId, String name, String type, SecretInput input, Integer graceSeconds, String actor) {
        return put(projectId, name, type, input, graceSeconds, null, actor);
    }

    /**
     * {@link #put(String, String, String, SecretInput, Integer, String)} with the type's metadata (an {@code apiKey}'s
     * {@code in} and {@code name}); {@code metadata} null keeps the secret's (a new apiKey needs it). Throws
     * {@link SecretInputException} {@code INVALID_SECRET_METADATA} for metadata its type refuses.
     */
    public SecretWrite put(
            String projectId,
            String name,
            String type,
            SecretInput input,
            Integer graceSeconds,
            Map<String, String> metadata,
            String actor) {
        SecretWriter.Written written = writer.put(projectId, name, type, input, graceSeconds, metadata, actor);
        changed(projectId);
        SecretRecord record = written.record();
        audit.record(
                record.updatedAt(), actor, projectId, written.created() ? "create" : "replace", name, record.version());
        return new SecretWrite(metadata(record), written.created());
    }

    /** Metadata of every secret of the project, by name; read fresh from the store. */
    public List<SecretMetadata> list(String projectId) {
        return cache.reload(projectId).byName().values().stream()
                .map(SecretVault::metadata)
                .sorted(Comparator.comparing(SecretMetadata::name))
                .toList();
    }

    public Optional<SecretMetadata> get(String projectId, String name) {
        return store.find(projectId, name).map(SecretVault::metadata);
    }

    /** Deletes a secret (every version); false when there is none. */
    public boolean delete(String projectId, String name, String actor) {
        Optional<SecretRecord> current = store.find(projectId, name);
        if (current.isEmpty() || !store.delete(projectId, name)) {
            return false;
        }
        changed(projectId);
        audit.record(
                clock.instant().truncatedTo(ChronoUnit.MILLIS),
                actor,
                projectId,
                "delete",
                name,
                current.get().version());
        return true;
    }

    /** Deletes every secret of a project and its data key (for project deletion). */
    public void deleteProject(String projectId, String actor) {
        for (SecretRecord record : store.listByProject(projectId)) {
            delete(projectId, record.name(), actor);
        }
        store.deleteByProject(projectId);
        keys.delete(projectId);
        changed(projectId);
    }

    /** Resolves the project's secrets; an unopenable one throws {@link SecretUnavailableException}. */
    public SecretResolver resolver(String projectId) {
        return new VaultResolver(reader, projectId, null);
    }

    /**
     * The resolver for one execution: every value it resolves is registered with {@code redactor}; an
     * unopenable secret fails the node with EXECUTION_FAILED naming the secret and the code.
     */
    public SecretResolver resolverFor(String projectId, ExecutionRedactor redactor) {
        return new VaultResolver(reader, projectId, redactor);
    }

    /** Names of the project's secrets by type (for workflow validation), from the cache. */
    public SecretCatalog catalog(String projectId) {
        return type -> cache.get(projectId).byName().values().stream()
                .filter(record -> record.type().equals(type))
                .map(SecretRecord::name)
                .collect(Collectors.toUnmodifiableSet());
    }

    /** Looks for other processes' writes now instead of at the next poll. */
    public void pollChanges() {
        watcher.poll();
    }

    private void changed(String projectId) {
        store.touch(projectId);
        cache.reload(projectId);
    }

    private static SecretMetadata metadata(SecretRecord record) {
        return new SecretMetadata(
                record.name(),
                record.type(),
                record.version(),
                record.createdAt(),
                record.updatedAt(),
                record.updatedBy(),
                record.graceSeconds(),
                record.metadata());
    }

    @Override
    public void close() {
        watcher.close();
    }
}
