package io.dotportion.secrets.vault;

import io.dotportion.core.egress.EgressPolicy;
import io.dotportion.core.port.AuditStore;
import io.dotportion.core.port.SecretRecord;
import io.dotportion.core.port.SecretStore;
import io.dotportion.core.secret.SecretCatalog;
import io.dotportion.secrets.key.ProjectKeys;
import io.dotportion.secrets.redact.ExecutionRedactor;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The project secrets service: write values (per environment, directly or staged), promote or discard a
 * staged version, list metadata, delete, and resolve at the moment of use. Values go in and never come out
 * except as a {@link io.dotportion.core.secret.Secret} from a resolver. Sealed records are cached per
 * project, so resolving reads no database in the steady state; a write here is visible to the next resolve
 * here at once, and to other processes sharing the store within {@link VaultSettings#changePollInterval()}
 * plus one load. Close to stop the change watcher. A {@code mongodb} value is checked against the egress
 * policy when it is saved. Every change is audited.
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
    private final int maxEnvironments;

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
        this.maxEnvironments = settings.maxEnvironments();
    }

    /**
     * Creates version 1 or replaces the live value with the next version. {@code graceSeconds} null keeps the
     * secret's window (0 for a new secret). Throws {@link SecretInputException} for a bad name, type,
     * value or window, {@link SecretUnavailableException} when the project key cannot be used.
     */
    public SecretWrite put(
            String projectId, String name, String type, SecretInput input, Integer graceSeconds, String actor) {
        return write(projectId, name, type, input, SecretWriteOptions.live(graceSeconds), actor);
    }

    /** {@link #put(String, String, String, SecretInput, Integer, String)} with the type's metadata (null keeps it). */
    public SecretWrite put(
            String projectId,
            String name,
            String type,
            SecretInput input,
            Integer graceSeconds,
            Map<String, String> metadata,
            String actor) {
        return write(
                projectId,
                name,
                type,
                input,
                new SecretWriteOptions(SecretRecord.LIVE, false, graceSeconds, null, metadata),
                actor);
    }

    /**
     * Writes a value of {@code options.environment()} (as a staged version when {@code options.stage()}), or,
     * with {@code input} null, only the settings of an existing secret (and the type's metadata, an
     * {@code apiKey}'s {@code in} and {@code name}: {@code options.metadata()} null keeps the secret's). Throws
     * {@link SecretInputException} {@code INVALID_SECRET_METADATA} for metadata its type refuses.
     */
    public SecretWrite write(
            String projectId, String name, String type, SecretInput input, SecretWriteOptions options, String actor) {
        checkEnvironment(projectId, options.environment());
        SecretWriter.Written written = writer.put(projectId, name, type, input, options, actor);
        changed(projectId);
        SecretRecord record = written.record();
        audit.record(
                record.updatedAt(),
                actor,
                projectId,
                written.action(),
                name,
                written.version(),
                input == null ? null : options.environment());
        return new SecretWrite(metadata(record), written.created());
    }

    /**
     * Makes the staged version of {@code environment} its current value: the next resolve everywhere uses it,
     * and the superseded value stays usable for the grace window from now. Empty when there is no such
     * secret; {@link SecretInputException} ({@code SECRET_NOT_STAGED}) when nothing is staged.
     */
    public Optional<SecretMetadata> promote(String projectId, String name, String environment, String actor) {
        checkEnvironment(projectId, environment);
        return apply(projectId, name, environment, SecretChanges.promote(environment, actor), actor);
    }

    /** Drops the staged version of {@code environment}; the current value is untouched. */
    public Optional<SecretMetadata> discard(String projectId, String name, String environment, String actor) {
        checkEnvironment(projectId, environment);
        return apply(projectId, name, environment, SecretChanges.discard(environment, actor), actor);
    }

    /**
     * Removes {@code environment}'s value of a secret; false when it has none. The secret goes when no
     * value is left.
     */
    public boolean deleteValue(String projectId, String name, String environment, String actor) {
        Environments.checkName(environment);
        Optional<SecretChanges.Changed> changed =
                writer.change(projectId, name, SecretChanges.remove(environment, actor));
        if (changed.isEmpty() || changed.get().version() == 0) {
            return false;
        }
        changed(projectId);
        audit.record(now(), actor, projectId, "delete", name, changed.get().version(), environment);
        return true;
    }

    private Optional<SecretMetadata> apply(
            String projectId, String name, String environment, SecretChanges.Change change, String actor) {
        Optional<SecretChanges.Changed> changed = writer.change(projectId, name, change);
        if (changed.isEmpty()) {
            return Optional.empty();
        }
        changed(projectId);
        SecretChanges.Changed done = changed.get();
        audit.record(now(), actor, projectId, done.action(), name, done.version(), environment);
        return Optional.of(done.record() == null ? gone(name) : metadata(done.record()));
    }

    /** Reads of a project's secrets served from the in-memory copy so far (for metrics). */
    public long cacheHits() {
        return cache.hits();
    }

    /** Reads of a project's secrets that loaded its records from the store so far (for metrics). */
    public long cacheMisses() {
        return cache.misses();
    }

    /** The project's environments: {@code live}, {@code test}, then those it added, in the order added. */
    public List<String> environments(String projectId) {
        List<String> all = new ArrayList<>(Environments.BUILT_IN);
        all.addAll(store.environments(projectId));
        return List.copyOf(all);
    }

    /** Throws {@code INVALID_ENVIRONMENT} unless the project has {@code environment}. */
    public void checkEnvironment(String projectId, String environment) {
        Environments.checkName(environment);
        if (!environments(projectId).contains(environment)) {
            throw new SecretInputException(
                    SecretInputException.Code.INVALID_ENVIRONMENT,
                    "the project has no environment '" + environment + "'");
        }
    }

    /** Adds an environment (audited); false when the project had it already. */
    public boolean addEnvironment(String projectId, String environment, String actor) {
        Environments.checkName(environment);
        if (environments(projectId).contains(environment)) {
            return false;
        }
        if (!store.addEnvironment(projectId, environment, maxEnvironments - Environments.BUILT_IN.size())) {
            throw new SecretInputException(
                    SecretInputException.Code.ENVIRONMENT_LIMIT,
                    "a project has at most " + maxEnvironments + " environments, live and test included");
        }
        changed(projectId);
        audit.record(now(), actor, projectId, "add-environment", null, 0, environment);
        return true;
    }

    /**
     * Removes an added environment and every secret's value of it (audited); false when the project has no such
     * environment. {@code live} and {@code test} cannot be removed.
     */
    public boolean removeEnvironment(String projectId, String environment, String actor) {
        Environments.checkName(environment);
        if (Environments.BUILT_IN.contains(environment)) {
            throw new SecretInputException(
                    SecretInputException.Code.INVALID_ENVIRONMENT, "the live and test environments cannot be removed");
        }
        if (!store.environments(projectId).contains(environment)) {
            return false;
        }
        for (SecretRecord record : store.listByProject(projectId)) {
            if (record.slot(environment).isPresent()) {
                writer.change(projectId, record.name(), SecretChanges.drop(environment));
            }
        }
        boolean removed = store.removeEnvironment(projectId, environment);
        changed(projectId);
        if (removed) {
            audit.record(now(), actor, projectId, "remove-environment", null, 0, environment);
        }
        return removed;
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

    /** Deletes a secret (every version of every environment); false when there is none. */
    public boolean delete(String projectId, String name, String actor) {
        Optional<SecretRecord> current = store.find(projectId, name);
        if (current.isEmpty() || !store.delete(projectId, name)) {
            return false;
        }
        changed(projectId);
        audit.record(now(), actor, projectId, "delete", name, current.get().version(), null);
        return true;
    }

    /** Deletes every secret of a project, the environments it added and its data key (for project deletion). */
    public void deleteProject(String projectId, String actor) {
        for (SecretRecord record : store.listByProject(projectId)) {
            delete(projectId, record.name(), actor);
        }
        store.deleteByProject(projectId);
        for (String environment : store.environments(projectId)) {
            store.removeEnvironment(projectId, environment);
        }
        keys.delete(projectId);
        changed(projectId);
    }

    /** Resolves the project's live secrets; an unopenable one throws {@link SecretUnavailableException}. */
    public ScopedResolver resolver(String projectId) {
        return resolver(projectId, SecretScope.LIVE);
    }

    /** Resolves the values of {@code scope} (no redactor: for a check that never shows a value). */
    public ScopedResolver resolver(String projectId, SecretScope scope) {
        return new VaultResolver(reader, projectId, null, scope);
    }

    /**
     * The resolver for one execution of {@code scope}: every value it resolves is registered with
     * {@code redactor}; an unopenable secret, or one without a value for the scope, fails the node with
     * EXECUTION_FAILED naming the secret and the code.
     */
    public ScopedResolver resolverFor(String projectId, ExecutionRedactor redactor, SecretScope scope) {
        return new VaultResolver(reader, projectId, redactor, scope);
    }

    /** The live resolver for one execution (see {@link #resolverFor(String, ExecutionRedactor, SecretScope)}). */
    public ScopedResolver resolverFor(String projectId, ExecutionRedactor redactor) {
        return resolverFor(projectId, redactor, SecretScope.LIVE);
    }

    /**
     * What workflow validation may know of the project's secrets, from the cache: names by type, the type of a
     * name, and the length of a current value (opened to measure it, never kept or shown).
     */
    public SecretCatalog catalog(String projectId) {
        return new VaultCatalog(cache, reader, projectId);
    }

    /** Names of the project's secrets of a type that a run of {@code scope} finds a value of. */
    public SecretCatalog catalog(String projectId, SecretScope scope) {
        return type -> cache.get(projectId).byName().values().stream()
                .filter(record -> record.type().equals(type))
                .filter(record -> ValueChoice.pick(record, scope).isPresent())
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

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static SecretMetadata gone(String name) {
        return new SecretMetadata(name, null, 0, null, null, null, 0, false, Map.of(), Map.of());
    }

    static SecretMetadata metadata(SecretRecord record) {
        Map<String, SecretMetadata.EnvironmentValue> environments = new TreeMap<>();
        record.environments().forEach((environment, slot) -> {
            if (!slot.isEmpty()) {
                environments.put(
                        environment,
                        new SecretMetadata.EnvironmentValue(
                                slot.current() == null ? null : slot.current().version(),
                                slot.staged() == null ? null : slot.staged().version(),
                                slot.staged() == null ? null : slot.staged().at(),
                                slot.staged() == null ? null : slot.staged().by()));
            }
        });
        return new SecretMetadata(
                record.name(),
                record.type(),
                record.version(),
                record.createdAt(),
                record.updatedAt(),
                record.updatedBy(),
                record.graceSeconds(),
                record.testUsesLive(),
                environments,
                record.metadata());
    }

    @Override
    public void close() {
        watcher.close();
    }
}
