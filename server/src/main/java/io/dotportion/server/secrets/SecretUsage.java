package io.dotportion.server.secrets;

import io.dotportion.core.engine.NodeRegistry;
import io.dotportion.core.model.NodeSpec;
import io.dotportion.core.model.WorkflowDocument;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.SecretField;
import io.dotportion.core.port.WorkflowRecord;
import io.dotportion.core.port.WorkflowStore;
import io.dotportion.core.port.WorkflowVersion;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * Which workflows of a project reference a secret: their drafts and stored versions are scanned for nodes
 * with a secret field (the node type's descriptor names its {@code secretFields} and their types) that names it.
 */
public final class SecretUsage {

    /**
     * One workflow's references: the versions that name the secret, whether the draft does, what serves and the
     * environment the served version is bound to (null when nothing serves).
     */
    public record Use(
            String workflowId,
            String name,
            List<Integer> versions,
            boolean draft,
            Integer deployedVersion,
            String deployedEnvironment) {
        public boolean deployedUses() {
            return deployedVersion != null && versions.contains(deployedVersion);
        }

        /** True when the served version names the secret and runs with {@code environment}'s values. */
        public boolean deployedUses(String environment) {
            return deployedUses() && environment.equals(deployedEnvironment);
        }
    }

    /** A served version bound to an environment. */
    public record Served(String workflowId, String name, int version, String environment) {}

    private final WorkflowStore workflows;
    private final NodeRegistry nodeTypes;

    public SecretUsage(WorkflowStore workflows, NodeRegistry nodeTypes) {
        this.workflows = workflows;
        this.nodeTypes = nodeTypes;
    }

    /** The project's workflows as read once, to answer for several secrets. */
    public Snapshot snapshot(String projectId) {
        List<Scanned> scanned = new ArrayList<>();
        for (WorkflowRecord workflow : workflows.listByProject(projectId)) {
            scanned.add(new Scanned(workflow, workflows.versions(workflow.id())));
        }
        return new Snapshot(List.copyOf(scanned), nodeTypes);
    }

    private record Scanned(WorkflowRecord workflow, List<WorkflowVersion> versions) {
        String deployedEnvironment() {
            Integer deployed = workflow.deployedVersion();
            return deployed == null
                    ? null
                    : versions.stream()
                            .filter(v -> v.version() == deployed)
                            .map(WorkflowVersion::environment)
                            .findFirst()
                            .orElse(null);
        }
    }

    /** A project's workflows and their versions. */
    public static final class Snapshot {
        private final List<Scanned> scanned;
        private final NodeRegistry nodeTypes;

        private Snapshot(List<Scanned> scanned, NodeRegistry nodeTypes) {
            this.scanned = scanned;
            this.nodeTypes = nodeTypes;
        }

        /** The workflows that reference the secret {@code name} of type {@code type}, in listing order. */
        public List<Use> of(String name, String type) {
            List<Use> uses = new ArrayList<>();
            for (Scanned s : scanned) {
                TreeSet<Integer> versions = new TreeSet<>();
                for (WorkflowVersion version : s.versions()) {
                    if (references(nodeTypes, version.document(), name, type)) {
                        versions.add(version.version());
                    }
                }
                boolean draft = references(nodeTypes, s.workflow().draft(), name, type);
                if (draft || !versions.isEmpty()) {
                    uses.add(new Use(
                            s.workflow().id(),
                            s.workflow().draft().name(),
                            List.copyOf(versions),
                            draft,
                            s.workflow().deployedVersion(),
                            s.deployedEnvironment()));
                }
            }
            return List.copyOf(uses);
        }

        /** The served versions bound to {@code environment}. */
        public List<Served> servedIn(String environment) {
            List<Served> served = new ArrayList<>();
            for (Scanned s : scanned) {
                if (environment.equals(s.deployedEnvironment())) {
                    served.add(new Served(
                            s.workflow().id(),
                            s.workflow().draft().name(),
                            s.workflow().deployedVersion(),
                            environment));
                }
            }
            return List.copyOf(served);
        }
    }

    static boolean references(NodeRegistry nodeTypes, WorkflowDocument document, String name, String type) {
        for (NodeSpec node : document.nodes()) {
            if (node != null
                    && secretFields(nodeTypes, node.type()).stream()
                            .anyMatch(field -> field.secretType().equals(type)
                                    && Objects.equals(node.data().get(field.field()), name))) {
                return true;
            }
        }
        return false;
    }

    /** The data fields of a node type that name a secret; none for an unknown type. */
    public static List<SecretField> secretFields(NodeRegistry nodeTypes, String nodeType) {
        return nodeTypes.descriptor(nodeType).map(NodeDescriptor::secretFields).orElse(List.of());
    }
}
