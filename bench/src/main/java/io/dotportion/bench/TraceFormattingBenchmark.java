package io.dotportion.bench;

import io.dotportion.core.engine.ExecutionResult;
import io.dotportion.core.engine.TraceEntry;
import io.dotportion.core.engine.TraceFormatter;
import io.dotportion.core.engine.WorkflowCompiler;
import io.dotportion.core.limit.Limits;
import io.dotportion.core.secret.Redactor;
import io.dotportion.core.secret.SecretCatalog;
import io.dotportion.core.value.Json;
import java.util.List;
import java.util.Map;
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

/**
 * The execution log's work per run, done off the request path. {@code format}: formatting one run's trace
 * as plain values (each input, output and error written as JSON, redacted, size-checked and parsed back;
 * what test-run answers use). {@code logText}: what the log writer does, the trace pre-rendered
 * ({@link TraceFormatter#formatRendered}) and written as the stored JSON text; {@code logTextViaValues}: the
 * same text through plain values, as the log did before. Shows what every logged run costs the log writer,
 * next to what the run itself costs ({@link PlanExecutionBenchmark}).
 */
@State(Scope.Benchmark)
public class TraceFormattingBenchmark {
    @Param({"scripted", "echo"})
    public String workflow;

    private TraceFormatter formatter;
    private List<TraceEntry> trace;

    @Setup(Level.Trial)
    public void run() {
        try (BenchEngine engine = new BenchEngine(Limits.defaults())) {
            WorkflowCompiler compiler = new WorkflowCompiler(engine.registry(), Limits.defaults());
            String file = workflow.equals("echo") ? "echo.json" : "scripted.json";
            ExecutionResult result = compiler.compile(BenchWorkflows.document(file), SecretCatalog.EMPTY)
                    .execute(BenchWorkflows.post("/bench", PlanExecutionBenchmark.PROFILE));
            trace = result.trace();
        }
        formatter = new TraceFormatter(Limits.defaults());
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public List<Map<String, Object>> format() {
        return formatter.format(trace, Redactor.NONE);
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public String logText() {
        return Json.write(formatter.formatRendered(trace, Redactor.NONE));
    }

    @Benchmark
    @BenchmarkMode(Mode.AverageTime)
    @OutputTimeUnit(TimeUnit.MICROSECONDS)
    public String logTextViaValues() {
        return Json.write(formatter.format(trace, Redactor.NONE));
    }
}
