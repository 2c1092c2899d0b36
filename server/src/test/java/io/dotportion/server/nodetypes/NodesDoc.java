package io.dotportion.server.nodetypes;

import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.NodeErrorSpec;
import io.dotportion.core.node.OutputPort;
import io.dotportion.core.node.SecretField;
import io.dotportion.core.value.Json;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Renders docs/NODES.md from the node types' descriptors (see {@link NodesDocTest}). */
final class NodesDoc {
    static final String REGENERATE = "mvn -B -Dskip.ui -pl server -am verify -Dtest=NodesDocTest "
            + "-Dsurefire.failIfNoSpecifiedTests=false -Ddotportion.regenerate=true";

    private NodesDoc() {}

    static String render(List<NodeDescriptor> types) {
        StringBuilder out = new StringBuilder("# Node types\n\n");
        out.append("<!-- Generated from the node types' descriptors (GET /v1/node-types); do not edit by hand.\n")
                .append("     Regenerate: ")
                .append(REGENERATE)
                .append(" -->\n\n");
        out.append(
                "Every node type the platform serves, as its descriptor says. How to add one: docs/EXTENDING.md.\n\n");
        out.append("| type | label | category | what it does |\n|---|---|---|---|\n");
        types.forEach(t -> out.append("| `")
                .append(t.id())
                .append("` | ")
                .append(t.label())
                .append(" | ")
                .append(t.category().id())
                .append(" | ")
                .append(t.summary())
                .append(" |\n"));
        types.forEach(t -> node(out, t));
        return out.toString();
    }

    private static void node(StringBuilder out, NodeDescriptor t) {
        out.append("\n## ").append(t.label()).append(" (`").append(t.id()).append("`)\n\n");
        out.append(t.summary()).append(". ").append(t.description()).append("\n\n");
        if (!t.output().isBlank()) {
            out.append("- Output: ").append(t.output()).append("\n");
        }
        out.append("- Ports: ")
                .append(t.ports().input() ? "an input; " : "no input; ")
                .append(
                        t.ports().outputs().isEmpty()
                                ? "no outputs (ends the run)"
                                : "outputs "
                                        + t.ports().outputs().stream()
                                                .map(NodesDoc::port)
                                                .collect(Collectors.joining(", ")))
                .append(t.ports().error() ? "; an `error` handle" : "")
                .append(".\n");
        if (!t.secretFields().isEmpty()) {
            out.append("- Secrets: ")
                    .append(t.secretFields().stream()
                            .collect(Collectors.groupingBy(
                                    SecretField::field,
                                    LinkedHashMap::new,
                                    Collectors.mapping(SecretField::secretType, Collectors.toList())))
                            .entrySet()
                            .stream()
                            .map(e -> secret(e.getKey(), e.getValue()))
                            .collect(Collectors.joining(", ")))
                    .append(".\n");
        }
        if (!t.credentialOutputs().isEmpty()) {
            out.append("- Credential outputs (masked in stored traces): ")
                    .append(t.credentialOutputs().stream()
                            .map(f -> "`" + f + "`")
                            .collect(Collectors.joining(", ")))
                    .append(".\n");
        }
        out.append("\n| field | type | default | meaning |\n|---|---|---|---|\n");
        Map<?, ?> properties = (Map<?, ?>) t.configSchema().get("properties");
        List<?> required = (List<?>) t.configSchema().getOrDefault("required", List.of());
        properties.forEach(
                (name, schema) -> field(out, t, String.valueOf(name), (Map<?, ?>) schema, required.contains(name)));
        if (!t.errors().isEmpty()) {
            out.append("\n| error | status | when |\n|---|---|---|\n");
            for (NodeErrorSpec e : t.errors()) {
                out.append("| `")
                        .append(e.code())
                        .append("` | ")
                        .append(e.status())
                        .append(" | ")
                        .append(e.meaning())
                        .append(" |\n");
            }
        }
    }

    private static void field(StringBuilder out, NodeDescriptor t, String name, Map<?, ?> schema, boolean required) {
        Object type = schema.get("type");
        String text = type == null
                ? "any"
                : type instanceof List<?> l
                        ? l.stream().map(String::valueOf).collect(Collectors.joining(" or "))
                        : String.valueOf(type);
        if (schema.get("enum") instanceof List<?> values) {
            text += ": " + values.stream().map(String::valueOf).collect(Collectors.joining(", "));
        }
        if (t.templateFields().contains(name)) {
            text += ", template";
        }
        Object initial = schema.containsKey("default")
                ? schema.get("default")
                : t.defaults().get(name);
        String meaning = schema.get("description") == null ? "" : String.valueOf(schema.get("description"));
        out.append("| `")
                .append(name)
                .append("`")
                .append(required ? " (required)" : "")
                .append(" | ")
                .append(text)
                .append(" | ")
                .append(initial == null ? "" : "`" + Json.write(initial) + "`")
                .append(" | ")
                .append(meaning.replace("|", "\\|"))
                .append(" |\n");
    }

    private static String port(OutputPort p) {
        return "`" + p.id() + "`" + (p.label().isEmpty() || p.label().equals(p.id()) ? "" : " (" + p.label() + ")");
    }

    /** "`secret` names a `jwt` secret", or "... an `apiKey`, `bearer` or `basic` secret" for a field of several types. */
    private static String secret(String field, List<String> types) {
        List<String> quoted = types.stream().map(t -> "`" + t + "`").toList();
        String kinds = quoted.size() == 1
                ? quoted.getFirst()
                : String.join(", ", quoted.subList(0, quoted.size() - 1)) + " or " + quoted.getLast();
        String article = "aeiou".indexOf(Character.toLowerCase(types.getFirst().charAt(0))) >= 0 ? "an " : "a ";
        return "`" + field + "` names " + article + kinds + " secret";
    }
}
