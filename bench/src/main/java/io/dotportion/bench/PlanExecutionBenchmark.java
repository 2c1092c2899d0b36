package io.dotportion.bench;

import io.dotportion.core.engine.CompiledWorkflow;
import io.dotportion.core.engine.ExecutionRequest;
import io.dotportion.core.engine.ExecutionResult;
import io.dotportion.core.engine.WorkflowCompiler;
import io.dotportion.core.limit.Limits;
import io.dotportion.core.secret.SecretCatalog;
import io.dotportion.core.value.Json;
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
 * Plan execution without HTTP: a workflow compiled once, then {@link CompiledWorkflow#execute} per
 * operation with a prepared request (the gateway's parsing and writing are not measured here).
 *
 * <ul>
 *   <li>{@code scripted}: the 10-node workflow (apiStart → parameters → logic → condition → loop with a logic
 *       body → logic → response, plus two other responses), six script runs per request;</li>
 *   <li>{@code noScripts}: parameters and a templated response: the engine's own cost;</li>
 *   <li>{@code echo}: apiStart → response with one template, the floor.</li>
 * </ul>
 */
@State(Scope.Benchmark)
public class PlanExecutionBenchmark {
    static final String PROFILE = """
            {"name": "  Ada Lovelace ", "age": 36, "tags": ["Math", "Engines", "Poetry"]}""";

    @Param({"scripted", "noScripts", "echo"})
    public String workflow;

    private BenchEngine engine;
    private CompiledWorkflow plan;
    private ExecutionRequest request;

    @Setup(Level.Trial)
    public void compile() {
        engine = new BenchEngine(Limits.defaults());
        WorkflowCompiler compiler = new WorkflowCompiler(engine.registry(), Limits.defaults());
        switch (workflow) {
            case "scripted" -> prepare(compiler, "scripted.json", "/profiles", PROFILE);
            case "noScripts" -> prepare(compiler, "no-scripts.json", "/profiles", PROFILE);
            case "echo" -> prepare(compiler, "echo.json", "/echo", "{\"name\": \"Ada\"}");
            default -> throw new IllegalArgumentException("unknown workflow " + workflow);
        }
        ExecutionResult first = plan.execute(request);
        if (first.status() != 200 || first.failed()) {
            throw new IllegalStateException(workflow + " answered " + first.status() + " " + Json.write(first.body()));
        }
        System.out.println("\n" + workflow + " answers " + Json.write(first.body()));
    }

    private void prepare(WorkflowCompiler compiler, String file, String path, String body) {
        plan = compiler.compile(BenchWorkflows.document(file), SecretCatalog.EMPTY);
        request = BenchWorkflows.post(path, body);
    }

    @TearDown(Level.Trial)
    public void close() {
        engine.close();
    }

    @Benchmark
    @BenchmarkMode(Mode.Throughput)
    @OutputTimeUnit(TimeUnit.SECONDS)
    public ExecutionResult throughput() {
        return plan.execute(request);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public ExecutionResult latency() {
        return plan.execute(request);
    }
}
