package io.dotportion.core.port;

import java.util.List;

public interface AuditStore {

    /** Appends an entry; its id is assigned by the store when null. */
    void record(AuditEntry entry);

    /** A project's entries, newest first, at most {@code limit}. */
    List<AuditEntry> list(String projectId, int limit);
}
