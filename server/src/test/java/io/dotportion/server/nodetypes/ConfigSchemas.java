package io.dotportion.server.nodetypes;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import io.dotportion.core.value.Json;
import java.util.List;
import java.util.Map;

/** Validates a node's data against a descriptor's config schema (JSON Schema 2020-12). */
final class ConfigSchemas {
    private ConfigSchemas() {}

    /** Every violation of the schema by the data; empty when the data conforms. */
    static List<String> violations(Map<?, ?> configSchema, Object data) {
        return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                .getSchema(Json.write(configSchema), InputFormat.JSON)
                .validate(Json.write(data), InputFormat.JSON)
                .stream()
                .map(Error::toString)
                .toList();
    }
}
