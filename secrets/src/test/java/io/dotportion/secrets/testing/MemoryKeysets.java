package io.dotportion.secrets.testing;

import io.dotportion.core.port.KeysetStore;
import io.dotportion.core.port.WrappedKeyset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** An in-memory keyset store for tests that need no database. */
public final class MemoryKeysets implements KeysetStore {
    private final Map<String, WrappedKeyset> keysets = new ConcurrentHashMap<>();

    @Override
    public Optional<WrappedKeyset> find(String projectId) {
        return Optional.ofNullable(keysets.get(projectId));
    }

    @Override
    public boolean insertIfAbsent(WrappedKeyset keyset) {
        return keysets.putIfAbsent(keyset.projectId(), keyset) == null;
    }

    @Override
    public synchronized boolean replace(WrappedKeyset keyset, String expectedKeyId, int expectedRevision) {
        WrappedKeyset current = keysets.get(keyset.projectId());
        if (current == null || !current.masterKeyId().equals(expectedKeyId) || current.revision() != expectedRevision) {
            return false;
        }
        keysets.put(keyset.projectId(), keyset);
        return true;
    }

    @Override
    public List<WrappedKeyset> all() {
        return new ArrayList<>(keysets.values());
    }

    @Override
    public long count() {
        return keysets.size();
    }

    @Override
    public boolean delete(String projectId) {
        return keysets.remove(projectId) != null;
    }
}
