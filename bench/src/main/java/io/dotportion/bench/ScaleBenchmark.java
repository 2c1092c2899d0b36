package io.dotportion.bench;

import io.dotportion.core.engine.CompiledWorkflow;
import io.dotportion.core.engine.ExecutionRequest;
import io.dotportion.core.engine.ExecutionResult;
import io.dotportion.core.engine.WorkflowCompiler;
import io.dotportion.core.limit.Limits;
import io.dotportion.core.model.DocumentReading;
import io.dotportion.core.model.WorkflowDocuments;
import io.dotportion.core.secret.SecretCatalog;
import io.dotportion.core.value.Json;
import io.dotportion.nodes.logic.LogicNodeType;
import io.dotportion.nodes.parameters.ParametersNode;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * How a request's cost grows with the nodes of its workflow: apiStart, then {@code nodes} steps of one
 * {@code kind} in a chain, then a response with the last step's output. {@code parameters} steps validate and
 * coerce the request body (the engine and a non-script node); {@code logic} steps each run a script that adds one
 * to a counter (the sandbox hand-off and value crossing per node). Plan execution only, no HTTP: divide the
 * µs/op by {@code nodes} for the cost per node.
 */
@State(Scope.Benchmark)
public class ScaleBenchmark {
    @Param({"1", "10", "50"})
    public int nodes;

    @Param({ParametersNode.ID, LogicNodeType.ID})
    public String kind;

    private BenchEngine engine;
    private CompiledWorkflow plan;
    private ExecutionRequest request;

    @Setup(Level.Trial)
    public void compile() {
        engine = new BenchEngine(Limits.defaults());
        DocumentReading reading = WorkflowDocuments.read(Json.parse(chain(nodes, kind)));
        if (!reading.violations().isEmpty()) {
            throw new IllegalStateException("not a workflow: " + reading.violations());
        }
        plan = new WorkflowCompiler(engine.registry(), Limits.defaults())
                .compile(reading.document(), SecretCatalog.EMPTY);
        request = BenchWorkflows.post("/chain", "{\"name\": \"Ada\", \"age\": 36}");
        ExecutionResult first = plan.execute(request);
        if (first.status() != 200 || first.failed()) {
            throw new IllegalStateException(
                    kind + " x" + nodes + " answered " + first.status() + " " + Json.write(first.body()));
        }
        System.out.println("\n" + kind + " x" + nodes + " answers " + Json.write(first.body()));
    }

    /** The workflow document: apiStart → n steps → response. */
    static String chain(int n, String kind) {
        StringBuilder nodes = new StringBuilder("{\"id\":\"start\",\"type\":\"apiStart\",\"data\":{}}");
        StringBuilder edges = new StringBuilder();
        String previous = "start";
        for (int i = 1; i <= n; i++) {
            String id = "s" + i;
            nodes.append(",{\"id\":\"")
                    .append(id)
                    .append("\",\"type\":\"")
                    .append(kind)
                    .append("\",\"data\":")
                    .append(step(kind, i))
                    .append('}');
            edges.append(i == 1 ? "" : ",")
                    .append("{\"id\":\"e")
                    .append(i)
                    .append("\",\"source\":\"")
                    .append(previous)
                    .append("\",\"target\":\"")
                    .append(id)
                    .append("\"}");
            previous = id;
        }
        nodes.append(",{\"id\":\"done\",\"type\":\"response\",\"data\":{\"status\":200}}");
        edges.append(",{\"id\":\"last\",\"source\":\"").append(previous).append("\",\"target\":\"done\"}");
        return "{\"name\":\"chain\",\"method\":\"POST\",\"path\":\"/chain\",\"nodes\":[" + nodes + "],\"edges\":["
                + edges + "]}";
    }

    private static String step(String kind, int i) {
        return switch (kind) {
            case ParametersNode.ID ->
                "{\"sources\":[{\"from\":\"body\",\"parameters\":{"
                        + "\"name\":{\"required\":true,\"type\":\"string\",\"min\":1,\"max\":100},"
                        + "\"age\":{\"required\":true,\"type\":\"integer\",\"min\":0,\"max\":150}}}]}";
            case LogicNodeType.ID ->
                i == 1
                        ? "{\"code\":\"return {count: 1, name: input.body.name};\"}"
                        : "{\"code\":\"return {count: input.count + 1, name: input.name};\"}";
            default -> throw new IllegalArgumentException("unknown kind " + kind);
        };
    }

    @TearDown(Level.Trial)
    public void close() {
        engine.close();
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public ExecutionResult latency() {
        return plan.execute(request);
    }
}
