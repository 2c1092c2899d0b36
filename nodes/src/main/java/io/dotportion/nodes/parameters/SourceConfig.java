package io.dotportion.nodes.parameters;

import java.util.Map;

/**
 * One part of the request ({@code from}: body, query, headers or params) and the parameters read from it,
 * by name in declaration order.
 */
public record SourceConfig(String from, Map<String, ParameterSpec> parameters) {

    public SourceConfig {
        parameters = parameters == null ? Map.of() : parameters;
    }
}
