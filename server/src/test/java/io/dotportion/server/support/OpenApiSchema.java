package io.dotportion.server.support;

import com.networknt.schema.Error;
import com.networknt.schema.InputFormat;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SpecificationVersion;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/** Validates a document against the official OpenAPI 3.1 JSON schema (see resources/openapi/README.md). */
public final class OpenApiSchema {
    private static final Schema SCHEMA = load();

    private OpenApiSchema() {}

    /** Every violation of the schema; empty when the document is a valid OpenAPI 3.1 document. */
    public static List<String> violations(String json) {
        return SCHEMA.validate(json, InputFormat.JSON).stream()
                .map(Error::toString)
                .toList();
    }

    private static Schema load() {
        try (InputStream in = OpenApiSchema.class.getResourceAsStream("/openapi/oas-3.1-schema.json")) {
            if (in == null) {
                throw new IllegalStateException("the OpenAPI 3.1 schema is missing from the test resources");
            }
            return SchemaRegistry.withDefaultDialect(SpecificationVersion.DRAFT_2020_12)
                    .getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
