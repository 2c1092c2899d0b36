package io.dotportion.core.port;

import java.util.List;
import java.util.Optional;

/** Wrapped project keysets, one per project. Never holds an unwrapped key. */
public interface KeysetStore {

    Optional<WrappedKeyset> find(String projectId);

    /** Stores a new keyset; false when the project already has one (another process was first). */
    boolean insertIfAbsent(WrappedKeyset keyset);

    /**
     * Replaces a keyset only while it is still wrapped by {@code expectedKeyId} at {@code expectedRevision};
     * false otherwise. A single-document atomic update.
     */
    boolean replace(WrappedKeyset keyset, String expectedKeyId, int expectedRevision);

    List<WrappedKeyset> all();

    long count();

    boolean delete(String projectId);
}
