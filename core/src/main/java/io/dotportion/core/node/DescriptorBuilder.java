package io.dotportion.core.node;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Builds a {@link NodeDescriptor}. Every field named anywhere (defaults, secret fields, UI hints) must be a
 * field of the config schema: a descriptor cannot name a field its node does not read.
 */
public final class DescriptorBuilder {
    private final String id;
    private final NodeRole role;
    private String label;
    private NodeCategory category = NodeCategory.LOGIC;
    private String summary = "";
    private String description = "";
    private String output = "";
    private NodePorts ports = NodePorts.single(true);
    private ConfigSchema schema;
    private final Map<String, Object> defaults = new LinkedHashMap<>();
    private final List<SecretField> secrets = new ArrayList<>();
    private final List<String> credentials = new ArrayList<>();
    private final List<NodeErrorSpec> errors = new ArrayList<>();
    private UiHints ui = new UiHints("", "#64748b", List.of(), Map.of(), List.of());
    private OpenApiHints openApi = OpenApiHints.NONE;

    DescriptorBuilder(String id, NodeRole role) {
        this.id = id;
        this.role = role;
        this.label = id;
    }

    public DescriptorBuilder label(String label) {
        this.label = label;
        return this;
    }

    public DescriptorBuilder category(NodeCategory category) {
        this.category = category;
        return this;
    }

    /** A one-line summary and a longer description, plain text. */
    public DescriptorBuilder text(String summary, String description) {
        this.summary = summary;
        this.description = description;
        return this;
    }

    /**
     * What the node outputs and by which handle it leaves, plain text: the editor's per-node help and docs/NODES.md
     * show it (like {@code "{\"token\": \"...\"} by the default handle; {code, message} by error"}).
     */
    public DescriptorBuilder output(String output) {
        this.output = output;
        return this;
    }

    public DescriptorBuilder ports(NodePorts ports) {
        this.ports = ports;
        return this;
    }

    public DescriptorBuilder config(ConfigSchema schema) {
        this.schema = schema;
        return this;
    }

    /** A field's value in a new node's data, in form order. */
    public DescriptorBuilder initial(String field, Object value) {
        defaults.put(field, value);
        return this;
    }

    public DescriptorBuilder secret(String field, String secretType) {
        secrets.add(new SecretField(field, secretType));
        return this;
    }

    public DescriptorBuilder credentialOutputs(String... fields) {
        credentials.addAll(List.of(fields));
        return this;
    }

    public DescriptorBuilder error(ErrorCode code, String meaning) {
        errors.add(NodeErrorSpec.of(code, meaning));
        return this;
    }

    public DescriptorBuilder ui(UiHints ui) {
        this.ui = ui;
        return this;
    }

    public DescriptorBuilder openApi(OpenApiHints openApi) {
        this.openApi = openApi;
        return this;
    }

    public NodeDescriptor build() {
        ConfigSchema config = schema == null ? ConfigSchema.none() : schema;
        List<String> named = new ArrayList<>(defaults.keySet());
        secrets.forEach(s -> named.add(s.field()));
        named.addAll(ui.summaryFields());
        named.addAll(ui.widgets().keySet());
        named.addAll(ui.order());
        for (String field : named) {
            if (!config.has(field)) {
                throw new IllegalArgumentException(
                        "node type '" + id + "' describes a field '" + field + "' its config does not have");
            }
        }
        return new NodeDescriptor(
                id,
                role,
                label,
                category,
                summary,
                description,
                output,
                ports,
                config.toMap(),
                defaults,
                config.templateFields(),
                secrets,
                credentials,
                errors,
                ui,
                openApi);
    }
}
