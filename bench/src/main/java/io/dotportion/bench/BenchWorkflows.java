package io.dotportion.bench;

import io.dotportion.core.engine.ExecutionRequest;
import io.dotportion.core.model.DocumentReading;
import io.dotportion.core.model.WorkflowDocument;
import io.dotportion.core.model.WorkflowDocuments;
import io.dotportion.core.node.RequestData;
import io.dotportion.core.secret.SecretResolver;
import io.dotportion.core.value.Json;
import io.dotportion.core.value.Values;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The workflow documents and requests the benchmarks run, read from {@code io/dotportion/bench/workflows}. */
final class BenchWorkflows {
    private static final String FOLDER = "/io/dotportion/bench/workflows/";

    private BenchWorkflows() {}

    /** Reads a workflow document by file name; a document with shape problems is a broken benchmark. */
    static WorkflowDocument document(String fileName) {
        DocumentReading reading = WorkflowDocuments.read(Json.parse(resource(fileName)));
        if (!reading.violations().isEmpty()) {
            throw new IllegalStateException(fileName + " is not a workflow: " + reading.violations());
        }
        return reading.document();
    }

    /** A JSON POST request as the gateway builds it: headers in lowercase, the body an immutable tree. */
    static ExecutionRequest post(String path, String bodyJson) {
        Map<String, String> headers =
                Map.of("content-type", "application/json", "user-agent", "jmh", "host", "127.0.0.1");
        RequestData request = new RequestData(
                "POST",
                path,
                Map.of(),
                Map.of(),
                Map.of(),
                headers,
                Values.immutableCopy(Json.parse(bodyJson)),
                "127.0.0.1");
        return new ExecutionRequest("bench-project", request, SecretResolver.NONE);
    }

    private static String resource(String fileName) {
        try (InputStream in = BenchWorkflows.class.getResourceAsStream(FOLDER + fileName)) {
            if (in == null) {
                throw new IllegalStateException("no workflow resource " + fileName);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
