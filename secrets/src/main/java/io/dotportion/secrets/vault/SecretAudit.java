package io.dotportion.secrets.vault;

import io.dotportion.core.port.AuditEntry;
import io.dotportion.core.port.AuditStore;
import java.time.Instant;

/** Writes the audit entry of a secret change: who, when, which secret and version; never a value. */
final class SecretAudit {
    private final AuditStore store;

    SecretAudit(AuditStore store) {
        this.store = store;
    }

    void record(Instant at, String actor, String projectId, String action, String name, int version) {
        store.record(new AuditEntry(null, at, actor, projectId, action, name, version, null));
    }
}
