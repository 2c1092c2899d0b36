package io.dotportion.secrets.vault;

import io.dotportion.core.port.SecretRecord;
import io.dotportion.core.port.SecretStore;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Per-project copies of the sealed records, so that resolving a secret reads no database in the
 * steady state. A copy is replaced only by one with an equal or later change stamp, so a slow load
 * never overwrites a fresher copy; {@link #invalidateOlderThan} drops copies the store has moved past.
 */
final class SecretCache {
    private final SecretStore store;
    private final Map<String, ProjectSecrets> projects = new ConcurrentHashMap<>();
    private final LongAdder hits = new LongAdder();
    private final LongAdder misses = new LongAdder();

    SecretCache(SecretStore store) {
        this.store = store;
    }

    ProjectSecrets get(String projectId) {
        ProjectSecrets cached = projects.get(projectId);
        if (cached != null) {
            hits.increment();
            return cached;
        }
        misses.increment();
        return reload(projectId);
    }

    /** Reads served from memory so far. */
    long hits() {
        return hits.sum();
    }

    /** Reads that had to load the project's records from the store. */
    long misses() {
        return misses.sum();
    }

    /** Reads the project from the store (stamp first, then records) and keeps it unless a fresher copy exists. */
    ProjectSecrets reload(String projectId) {
        long stamp = store.stamps(Set.of(projectId)).getOrDefault(projectId, 0L);
        Map<String, SecretRecord> byName = new LinkedHashMap<>();
        for (SecretRecord record : store.listByProject(projectId)) {
            byName.put(record.name(), record);
        }
        return projects.merge(projectId, new ProjectSecrets(stamp, byName), ProjectSecrets::newer);
    }

    Set<String> cachedProjects() {
        return Set.copyOf(projects.keySet());
    }

    /** Drops the copy of {@code projectId} when it was read before {@code stamp}. */
    void invalidateOlderThan(String projectId, long stamp) {
        projects.computeIfPresent(projectId, (id, cached) -> cached.stamp() < stamp ? null : cached);
    }

    void forget(String projectId) {
        projects.remove(projectId);
    }
}
