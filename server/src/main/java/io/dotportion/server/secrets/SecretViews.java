package io.dotportion.server.secrets;

import io.dotportion.core.port.AuditEntry;
import io.dotportion.secrets.vault.SecretMetadata;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Secrets and audit entries as the API shows them: metadata and references, never a value. */
final class SecretViews {
    private SecretViews() {}

    /**
     * A secret: metadata, per environment of the project whether it has a value (its version) and a staged
     * version, and the workflows that reference it.
     */
    static Map<String, Object> of(SecretMetadata m, List<SecretUsage.Use> uses, List<String> environments) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", m.name());
        view.put("type", m.type());
        view.put("version", m.version() == 0 ? null : m.version());
        view.put("createdAt", String.valueOf(m.createdAt()));
        view.put("updatedAt", String.valueOf(m.updatedAt()));
        view.put("updatedBy", m.updatedBy());
        view.put("graceSeconds", m.graceSeconds());
        view.put("testUsesLive", m.testUsesLive());
        view.put("environments", environments(m, environments));
        view.put("staged", m.environments().values().stream().anyMatch(v -> v.stagedVersion() != null));
        if (!m.metadata().isEmpty()) {
            view.put("metadata", new TreeMap<>(m.metadata()));
        }
        List<Map<String, Object>> usedBy = new ArrayList<>();
        for (SecretUsage.Use use : uses) {
            Map<String, Object> u = new LinkedHashMap<>();
            u.put("workflowId", use.workflowId());
            u.put("name", use.name());
            u.put("versions", use.versions());
            u.put("draft", use.draft());
            u.put("deployedVersion", use.deployedVersion());
            u.put("deployed", use.deployedUses());
            u.put("deployedEnvironment", use.deployedEnvironment());
            usedBy.add(u);
        }
        view.put("usedBy", usedBy);
        return view;
    }

    /** Every environment of the project (and any other the secret has a value of), in the project's order. */
    private static List<Map<String, Object>> environments(SecretMetadata m, List<String> environments) {
        List<String> names = new ArrayList<>(environments);
        m.environments().keySet().stream().filter(e -> !names.contains(e)).forEach(names::add);
        List<Map<String, Object>> out = new ArrayList<>();
        for (String name : names) {
            SecretMetadata.EnvironmentValue value = m.environments().get(name);
            Map<String, Object> e = new LinkedHashMap<>();
            e.put("name", name);
            e.put("hasValue", value != null && value.version() != null);
            e.put("version", value == null ? null : value.version());
            Map<String, Object> staged = null;
            if (value != null && value.stagedVersion() != null) {
                staged = new LinkedHashMap<>();
                staged.put("version", value.stagedVersion());
                staged.put("stagedAt", String.valueOf(value.stagedAt()));
                staged.put("stagedBy", value.stagedBy());
            }
            e.put("staged", staged);
            out.add(e);
        }
        return out;
    }

    /** The deployed versions that keep a secret from being deleted. */
    static List<Map<String, Object>> deployed(List<SecretUsage.Use> uses) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SecretUsage.Use use : uses) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("workflowId", use.workflowId());
            d.put("name", use.name());
            d.put("version", use.deployedVersion());
            d.put("environment", use.deployedEnvironment());
            out.add(d);
        }
        return out;
    }

    static Map<String, Object> of(AuditEntry e) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("id", e.id());
        view.put("at", String.valueOf(e.at()));
        view.put("actor", e.actor());
        view.put("action", e.action());
        view.put("secret", e.secretName());
        view.put("version", e.version());
        view.put("environment", environment(e.detail()));
        view.put("detail", e.detail());
        return view;
    }

    /** The environment an audit entry's detail names ({@code environment test}), or null. */
    private static String environment(String detail) {
        String prefix = "environment ";
        return detail != null && detail.startsWith(prefix) ? detail.substring(prefix.length()) : null;
    }
}
