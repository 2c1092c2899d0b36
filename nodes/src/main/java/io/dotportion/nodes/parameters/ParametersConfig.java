package io.dotportion.nodes.parameters;

import java.util.List;

/** The data of a parameters node: where to read request values from and what each must look like. */
public record ParametersConfig(List<SourceConfig> sources) {

    public ParametersConfig {
        sources = sources == null ? List.of() : sources;
    }
}
