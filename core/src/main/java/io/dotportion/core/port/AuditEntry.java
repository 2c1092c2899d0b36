package io.dotportion.core.port;

import java.time.Instant;

/**
 * One audited change to secrets: who did what to which secret and version, and when. Never a value.
 * {@code action} is "create", "replace", "delete" or "rotate-master-key"; {@code secretName} and
 * {@code version} are null for a master-key rotation; {@code detail} is a short safe note (key ids).
 */
public record AuditEntry(
        String id,
        Instant at,
        String actor,
        String projectId,
        String action,
        String secretName,
        Integer version,
        String detail) {}
