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

    static Map<String, Object> of(SecretMetadata m, List<SecretUsage.Use> uses) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("name", m.name());
        view.put("type", m.type());
        view.put("version", m.version());
        view.put("createdAt", String.valueOf(m.createdAt()));
        view.put("updatedAt", String.valueOf(m.updatedAt()));
        view.put("updatedBy", m.updatedBy());
        view.put("graceSeconds", m.graceSeconds());
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
            usedBy.add(u);
        }
        view.put("usedBy", usedBy);
        return view;
    }

    /** The deployed versions that keep a secret from being deleted. */
    static List<Map<String, Object>> deployed(List<SecretUsage.Use> uses) {
        List<Map<String, Object>> out = new ArrayList<>();
        for (SecretUsage.Use use : uses) {
            Map<String, Object> d = new LinkedHashMap<>();
            d.put("workflowId", use.workflowId());
            d.put("name", use.name());
            d.put("version", use.deployedVersion());
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
        view.put("detail", e.detail());
        return view;
    }
}
