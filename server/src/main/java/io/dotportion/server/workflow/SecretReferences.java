package io.dotportion.server.workflow;

import io.dotportion.core.engine.NodeRegistry;
import io.dotportion.core.model.NodeSpec;
import io.dotportion.core.model.Violation;
import io.dotportion.core.model.ViolationCode;
import io.dotportion.core.model.WorkflowDocument;
import io.dotportion.core.node.SecretField;
import io.dotportion.core.secret.SecretCatalog;
import io.dotportion.server.secrets.SecretUsage;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * DotPortion's exports may name a secret by its type alone (docs/WORKFLOWS.md): a node whose secret field (its
 * descriptor's {@code secretFields}) is absent gets the project's one secret of that type written into its
 * data. With none or several to choose from, the node gets an error at {@code nodes[i].data.<field>} saying
 * which (in place of the node type's own "secret is required"). A secret field the type does not require (the
 * {@code http} node's) is left alone.
 */
final class SecretReferences {

    /** The document with the names filled in, and the nodes that could not get one. */
    record Filled(WorkflowDocument document, List<Violation> violations) {}

    private SecretReferences() {}

    static Filled fill(WorkflowDocument document, SecretCatalog catalog, NodeRegistry nodeTypes) {
        List<NodeSpec> nodes = new ArrayList<>(document.nodes().size());
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < document.nodes().size(); i++) {
            NodeSpec node = document.nodes().get(i);
            List<SecretField> fields = node == null ? List.of() : SecretUsage.secretFields(nodeTypes, node.type());
            for (SecretField field : fields) {
                if (node.data().get(field.field()) != null || !required(nodeTypes, node.type(), field.field())) {
                    continue;
                }
                Set<String> names = new TreeSet<>(catalog.names(field.secretType()));
                if (names.size() == 1) {
                    node = withSecret(node, field.field(), names.iterator().next());
                } else {
                    violations.add(Violation.error(
                            path(i, field.field()), ViolationCode.INVALID_CONFIG, problem(node.type(), field, names)));
                }
            }
            nodes.add(node);
        }
        if (violations.isEmpty() && nodes.equals(document.nodes())) {
            return new Filled(document, List.of());
        }
        return new Filled(document.withGraph(nodes, document.edges()), List.copyOf(violations));
    }

    /**
     * The nodes naming a secret the project has but that has no value for {@code environment}: a deploy bound
     * to that environment is refused with an error at {@code nodes[i].data.<field>}. Names the project lacks
     * are the validation's own errors.
     */
    static List<Violation> missingValues(
            WorkflowDocument document,
            SecretCatalog all,
            SecretCatalog valued,
            NodeRegistry nodeTypes,
            String environment) {
        List<Violation> violations = new ArrayList<>();
        for (int i = 0; i < document.nodes().size(); i++) {
            NodeSpec node = document.nodes().get(i);
            List<SecretField> fields = node == null ? List.of() : SecretUsage.secretFields(nodeTypes, node.type());
            for (SecretField field : fields) {
                if (node.data().get(field.field()) instanceof String name
                        && all.names(field.secretType()).contains(name)
                        && !valued.names(field.secretType()).contains(name)) {
                    violations.add(Violation.error(
                            path(i, field.field()),
                            ViolationCode.UNKNOWN_SECRET,
                            "secret '" + name + "' has no value for the environment '" + environment
                                    + "': set one before deploying to it"));
                }
            }
        }
        return List.copyOf(violations);
    }

    /** These violations plus the validation's, leaving out the validation's own at the same paths. */
    static List<Violation> merge(List<Violation> filling, List<Violation> validation) {
        if (filling.isEmpty()) {
            return validation;
        }
        Set<String> paths = new TreeSet<>();
        filling.forEach(v -> paths.add(v.path()));
        List<Violation> all = new ArrayList<>(filling);
        validation.stream().filter(v -> !paths.contains(v.path())).forEach(all::add);
        return List.copyOf(all);
    }

    /** Only a secret field the node type requires is filled in: an optional one stays absent. */
    private static boolean required(NodeRegistry nodeTypes, String nodeType, String field) {
        return nodeTypes
                .descriptor(nodeType)
                .map(d -> d.configSchema().get("required") instanceof List<?> names && names.contains(field))
                .orElse(false);
    }

    private static NodeSpec withSecret(NodeSpec node, String field, String name) {
        Map<String, Object> data = new LinkedHashMap<>(node.data());
        data.put(field, name);
        return new NodeSpec(node.id(), node.type(), Collections.unmodifiableMap(data), node.position());
    }

    private static String problem(String nodeType, SecretField field, Set<String> names) {
        String secretType = field.secretType();
        if (names.isEmpty()) {
            return "this " + nodeType + " node names no secret and the project has no " + secretType
                    + " secret: create one, or name one in '" + field.field() + "'";
        }
        return "this " + nodeType + " node names no secret and the project has " + names.size() + " " + secretType
                + " secrets (" + String.join(", ", names) + "): name one in '" + field.field() + "'";
    }

    private static String path(int index, String field) {
        return "nodes[" + index + "].data." + field;
    }
}
