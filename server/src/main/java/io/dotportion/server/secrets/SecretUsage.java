package io.dotportion.server.secrets;

import io.dotportion.core.model.NodeSpec;
import io.dotportion.core.model.WorkflowDocument;
import io.dotportion.core.port.WorkflowRecord;
import io.dotportion.core.port.WorkflowStore;
import io.dotportion.core.port.WorkflowVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Which workflows of a project reference a secret: their drafts and stored versions are scanned for nodes
 * whose {@code secret} names it ({@code jwtGenerate}/{@code jwtVerify} for jwt secrets, {@code mongodb} for
 * mongodb secrets).
 */
public final class SecretUsage {
    /** The node types that name a secret, and the type of secret each names. */
    public static final Map<String, String> SECRET_TYPE_BY_NODE = Map.of(
            "jwtGenerate", "jwt",
            "jwtVerify", "jwt",
            "mongodb", "mongodb");

    /** One workflow's references: the versions that name the secret, whether the draft does, and what serves. */
    public record Use(String workflowId, String name, List<Integer> versions, boolean draft, Integer deployedVersion) {
        public boolean deployedUses() {
            return deployedVersion != null && versions.contains(deployedVersion);
        }
    }

    private final WorkflowStore workflows;

    public SecretUsage(WorkflowStore workflows) {
        this.workflows = workflows;
    }

    /** The project's workflows as read once, to answer for several secrets. */
    public Snapshot snapshot(String projectId) {
        List<Scanned> scanned = new ArrayList<>();
        for (WorkflowRecord workflow : workflows.listByProject(projectId)) {
            scanned.add(new Scanned(workflow, workflows.versions(workflow.id())));
        }
        return new Snapshot(List.copyOf(scanned));
    }

    private record Scanned(WorkflowRecord workflow, List<WorkflowVersion> versions) {
    }

    /** A project's workflows and their versions. */
    public static final class Snapshot {
        private final List<Scanned> scanned;

        private Snapshot(List<Scanned> scanned) {
            this.scanned = scanned;
        }

        /** The workflows that reference the secret {@code name} of type {@code type}, in listing order. */
        public List<Use> of(String name, String type) {
            List<Use> uses = new ArrayList<>();
            for (Scanned s : scanned) {
                TreeSet<Integer> versions = new TreeSet<>();
                for (WorkflowVersion version : s.versions()) {
                    if (references(version.document(), name, type)) {
                        versions.add(version.version());
                    }
                }
                boolean draft = references(s.workflow().draft(), name, type);
                if (draft || !versions.isEmpty()) {
                    uses.add(new Use(s.workflow().id(), s.workflow().draft().name(), List.copyOf(versions), draft,
                            s.workflow().deployedVersion()));
                }
            }
            return List.copyOf(uses);
        }
    }

    static boolean references(WorkflowDocument document, String name, String type) {
        for (NodeSpec node : document.nodes()) {
            if (node != null && type.equals(SECRET_TYPE_BY_NODE.get(node.type()))
                    && Objects.equals(node.data().get("secret"), name)) {
                return true;
            }
        }
        return false;
    }
}
