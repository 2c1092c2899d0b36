package io.dotportion.secrets.vault;

import io.dotportion.core.port.AuditEntry;
import io.dotportion.core.port.AuditStore;
import java.time.Instant;

/**
 * Writes the audit entry of a secret change: who, when, which secret, version and environment (in
 * {@code detail}: {@code environment test}); never a value. Actions: create, replace, stage, promote,
 * discard, settings, delete, add-environment, remove-environment.
 */
final class SecretAudit {
    private final AuditStore store;

    SecretAudit(AuditStore store) {
        this.store = store;
    }

    /** {@code environment} null: the change concerns the whole secret (or its settings). */
    void record(
            Instant at, String actor, String projectId, String action, String name, int version, String environment) {
        String detail = environment == null ? null : "environment " + environment;
        Integer shown = name == null ? null : version;
        store.record(new AuditEntry(null, at, actor, projectId, action, name, shown, detail));
    }
}
