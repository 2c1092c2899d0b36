package io.dotportion.nodes.mongo;

/**
 * Identifies one pooled client: a project's secret at one version, with a fingerprint of its URL (never the
 * URL itself). {@link #lineage()} groups the versions of one secret's value in one environment (staged values
 * apart), so that a test run's value or a staged one never retires the client deployed runs use.
 */
record ClientKey(String projectId, String secretName, String slot, int version, String fingerprint) {

    record Lineage(String projectId, String secretName, String slot) {}

    Lineage lineage() {
        return new Lineage(projectId, secretName, slot);
    }

    /** True when this key replaces {@code other} as the secret's current value. */
    boolean supersedes(ClientKey other) {
        return version > other.version || (version == other.version && !fingerprint.equals(other.fingerprint));
    }
}
