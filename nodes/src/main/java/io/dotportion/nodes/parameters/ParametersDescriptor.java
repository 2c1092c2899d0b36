package io.dotportion.nodes.parameters;

import io.dotportion.core.node.ConfigSchema;
import io.dotportion.core.node.ErrorCode;
import io.dotportion.core.node.NodeCategory;
import io.dotportion.core.node.NodeDescriptor;
import io.dotportion.core.node.NodePorts;
import io.dotportion.core.node.NodeRole;
import io.dotportion.core.node.OpenApiHints;
import io.dotportion.core.node.UiHints;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** How the parameters node describes itself. */
final class ParametersDescriptor {
    static final NodeDescriptor DESCRIPTOR = NodeDescriptor.builder(ParametersNode.ID, NodeRole.STEP)
            .label("Request Parameters")
            .category(NodeCategory.INPUT)
            .text(
                    "Read and check request values",
                    "Reads declared values from the request body, query, headers or path params, checks each "
                            + "(required, type, min/max, pattern, enum), coerces text to numbers and booleans, "
                            + "fills defaults, and outputs them as one flat object. Every failing field is "
                            + "reported at once as INVALID_REQUEST details. A parameter declared sensitive: true, or "
                            + "of type password (a string), is masked as [masked:sensitive] or [masked:password-type] "
                            + "in every stored and test-run trace, wherever its value appears; fields whose names "
                            + "look like credentials (password, token, apiKey, ...) are masked as [masked:name], "
                            + "declared or not, unless the workflow's masking setting says otherwise "
                            + "(docs/EXECUTIONS.md, \"Masking request credentials\"). Nodes still see the real values.")
            .output(
                    "One flat object of the declared names with their checked and coerced values, defaults filled, like {\"email\": \"ada@example.com\", \"age\": 30}; later nodes read {{<id>.result.email}}. A failing field fails the node with INVALID_REQUEST listing every field (400 when no error edge answers it). When it fails and its error handle is connected, it leaves by error and the next node's input is {code, message}.")
            .ports(NodePorts.singleOrError())
            .config(ConfigSchema.of(ParametersConfig.class)
                    .field(
                            "sources",
                            "Sources",
                            "where to read values from: each entry names a part of the request "
                                    + "(from: body, query, headers or params) and the parameters read from it, by name; each "
                                    + "parameter may give required, type (string, number, integer, boolean, object, array, "
                                    + "email, password), min, max, pattern, enum, default and sensitive (true: masked in "
                                    + "traces)"))
            .initial("sources", List.of(source()))
            .error(
                    ErrorCode.INVALID_REQUEST,
                    "a declared value is missing or does not match its rules; details " + "name every failing field")
            .openApi(OpenApiHints.requestSources("sources"))
            .ui(new UiHints(
                    "⇥", "#0891b2", List.of("sources"), Map.of("sources", "parametersTable"), List.of("sources")))
            .build();

    private ParametersDescriptor() {}

    /** A new node reads from the body and declares nothing yet (ordered: from, then parameters). */
    private static Map<String, Object> source() {
        Map<String, Object> source = new LinkedHashMap<>();
        source.put("from", "body");
        source.put("parameters", Map.of());
        return Collections.unmodifiableMap(source);
    }
}
