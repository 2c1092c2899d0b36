package io.dotportion.core.engine;

import io.dotportion.core.engine.fakes.FakeNodes;
import io.dotportion.core.limit.Limits;
import io.dotportion.core.model.EdgeSpec;
import io.dotportion.core.model.NodeSpec;
import io.dotportion.core.model.WorkflowDocument;
import io.dotportion.core.node.RequestData;
import io.dotportion.core.secret.SecretCatalog;
import io.dotportion.core.secret.SecretResolver;
import io.dotportion.core.value.Json;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Builds small workflow documents for tests; node data is JSON written with single quotes. */
final class WorkflowBuilder {
    private final List<NodeSpec> nodes = new ArrayList<>();
    private final List<EdgeSpec> edges = new ArrayList<>();

    static WorkflowBuilder workflow() {
        return new WorkflowBuilder().node("start", "apiStart");
    }

    WorkflowBuilder node(String id, String type) {
        return node(id, type, "{}");
    }

    @SuppressWarnings("unchecked")
    WorkflowBuilder node(String id, String type, String data) {
        nodes.add(new NodeSpec(id, type, (Map<String, Object>) Json.parse(data.replace('\'', '"')), null));
        return this;
    }

    WorkflowBuilder edge(String source, String target) {
        return edge(source, target, null);
    }

    WorkflowBuilder edge(String source, String target, String handle) {
        edges.add(new EdgeSpec("e" + (edges.size() + 1), source, target, handle));
        return this;
    }

    WorkflowDocument document() {
        return new WorkflowDocument("test", "POST", "/test", nodes, edges);
    }

    CompiledWorkflow compile() {
        return compile(Limits.defaults());
    }

    CompiledWorkflow compile(Limits limits) {
        return compile(limits, SecretCatalog.EMPTY);
    }

    CompiledWorkflow compile(Limits limits, SecretCatalog secrets) {
        return new WorkflowCompiler(FakeNodes.registry(), limits).compile(document(), secrets);
    }

    ExecutionResult run(Object body) {
        return compile().execute(request(body));
    }

    static ExecutionRequest request(Object body) {
        return request(body, SecretResolver.NONE);
    }

    static ExecutionRequest request(Object body, SecretResolver secrets) {
        RequestData data = new RequestData("POST", "/test", Map.of(), Map.of(), Map.of(), Map.of(), body, "127.0.0.1");
        return new ExecutionRequest("p1", data, secrets);
    }
}
