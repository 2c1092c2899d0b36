package io.dotportion.core.node;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Everything the platform and the editor know about a node type, in one place: served by
 * {@code GET /v1/node-types}, rendered into docs/NODES.md, and asked by the engine (its {@link #role()}),
 * the OpenAPI generator ({@link #openApi()}) and secret usage ({@link #secretFields()}) instead of matching
 * type ids. Immutable and shared across threads. Build one with {@link #builder}.
 *
 * @param output       what the node outputs (the next node's {@code input}, {@code {{<id>.result}}}) and by which
 *                     handle it leaves, plain text for the editor's help and docs/NODES.md
 * @param configSchema the JSON Schema 2020-12 of the node's {@code data} ({@link ConfigSchema})
 * @param defaults     the data a new node starts with
 * @param templateFields top-level data fields whose values are templates
 * @param credentialOutputs output fields holding a credential the node produced (masked in stored traces)
 */
@JsonPropertyOrder({
    "id",
    "role",
    "label",
    "category",
    "summary",
    "description",
    "output",
    "ports",
    "configSchema",
    "defaults",
    "templateFields",
    "secretFields",
    "credentialOutputs",
    "errors",
    "ui"
})
public record NodeDescriptor(
        String id,
        NodeRole role,
        String label,
        NodeCategory category,
        String summary,
        String description,
        String output,
        NodePorts ports,
        Map<String, Object> configSchema,
        Map<String, Object> defaults,
        List<String> templateFields,
        List<SecretField> secretFields,
        List<String> credentialOutputs,
        List<NodeErrorSpec> errors,
        UiHints ui,
        @JsonIgnore OpenApiHints openApi) {

    public NodeDescriptor {
        defaults = Collections.unmodifiableMap(new LinkedHashMap<>(defaults));
        templateFields = List.copyOf(templateFields);
        secretFields = List.copyOf(secretFields);
        credentialOutputs = List.copyOf(credentialOutputs);
        errors = List.copyOf(errors);
    }

    public static DescriptorBuilder builder(String id, NodeRole role) {
        return new DescriptorBuilder(id, role);
    }

    /** The secret type a data field names, or null when the field names no secret. */
    public String secretTypeOf(String field) {
        return secretFields.stream()
                .filter(s -> s.field().equals(field))
                .map(SecretField::secretType)
                .findFirst()
                .orElse(null);
    }

    /** The statuses of the errors this node can produce. */
    public List<Integer> errorStatuses() {
        return errors.stream().map(NodeErrorSpec::status).distinct().toList();
    }
}
