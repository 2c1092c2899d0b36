package io.dotportion.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import com.mongodb.client.model.InsertManyOptions;
import io.dotportion.core.engine.ExecutionResult;
import io.dotportion.core.engine.TraceFormatter;
import io.dotportion.core.engine.WorkflowCompiler;
import io.dotportion.core.limit.Limits;
import io.dotportion.core.model.LogSetting;
import io.dotportion.core.port.ExecutionRecord;
import io.dotportion.core.secret.Redactor;
import io.dotportion.core.secret.SecretCatalog;
import io.dotportion.core.value.Json;
import io.dotportion.server.execution.ExecutionIds;
import io.dotportion.server.execution.ExecutionRecords;
import io.dotportion.server.execution.FinishedExecution;
import io.dotportion.server.execution.LogPolicy;
import io.dotportion.server.execution.LoggedRun;
import io.dotportion.store.embedded.EmbeddedMongo;
import io.dotportion.store.log.ExecutionLogSettings;
import io.dotportion.store.log.ExecutionLogWriter;
import io.dotportion.store.log.Keeping;
import io.dotportion.store.log.PendingExecution;
import io.dotportion.store.log.RunKey;
import io.dotportion.store.mongo.MongoPlatformStores;
import io.dotportion.store.mongo.StoreSettings;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.stream.Stream;
import org.bson.Document;
import org.bson.types.ObjectId;

/**
 * What the execution log costs per run on the embedded store, end to end off the request path: the policy,
 * the record (trace formatting when kept in full), the writer's batching, the wire and the embedded store's
 * insert and commit. Process CPU time (every thread: writer, store, GC) per logged echo run, for
 * <ul>
 *   <li>{@code before}: the layout the log wrote every run in before: the trace formatted, then one document
 *       per run (the fields and the trace as JSON text, as {@code ExecutionDocuments} wrote it), 500 per
 *       unordered insert;</li>
 *   <li>{@code every run in full}: {@code "log": {"mode": "all"}}, the same runs with their traces, packed;</li>
 *   <li>{@code default}: no log setting: ten full traces per second per workflow, the rest only counted (one
 *       aggregate record per workflow and second; the harness flushes every 2,000 runs, which writes the open
 *       aggregates too);</li>
 *   <li>{@code errors}: every successful run only counted;</li>
 *   <li>{@code ..., before aggregates}: the same policy, with each run it only counts logged as a summary record
 *       of its own (queued, built and packed like the others), as the log did before aggregates;</li>
 *   <li>{@code lean documents, one per run}: a probe of the store, not a path of the log: the summary's fields
 *       as one small document per run, 500 per insert, to separate what a leaner record saves from what
 *       packing many runs into one document saves.</li>
 * </ul>
 * Each scenario gets a fresh database in one embedded store; a warm-up pass first. Not a test: it prints a
 * markdown table. {@code java -cp 'bench/target/classes:bench/target/lib/*' io.dotportion.bench.ExecutionLogHarness [runs]}
 */
public final class ExecutionLogHarness {
    private static final int CHUNK = 2_000;
    private static final Duration FLUSH = Duration.ofMinutes(5);

    /** {@code summaries}: a run the policy only counts is logged as a summary record instead, as it was before. */
    private record Scenario(String name, LogSetting setting, boolean summaries) {}

    /** A run logged as a summary record of its own (no trace), built on the writer's thread: the log before aggregates. */
    private record SummaryRun(FinishedExecution run, TraceFormatter traces) implements PendingExecution {
        @Override
        public ExecutionRecord toRecord() {
            ExecutionRecord full = ExecutionRecords.of(run, traces);
            return new ExecutionRecord(
                    full.id(),
                    full.projectId(),
                    full.workflowId(),
                    full.version(),
                    full.kind(),
                    full.status(),
                    full.httpStatus(),
                    full.errorCode(),
                    full.method(),
                    full.path(),
                    full.durationMs(),
                    full.startedAt(),
                    List.of(),
                    ExecutionRecord.Kept.SUMMARY,
                    null);
        }

        @Override
        public RunKey key() {
            return ExecutionRecords.key(run);
        }

        @Override
        public double durationMs() {
            return ExecutionRecords.durationMs(run);
        }

        @Override
        public long startedAtMillis() {
            return run.startedAt().toEpochMilli();
        }
    }

    private ExecutionLogHarness() {}

    public static void main(String[] args) throws Exception {
        System.setProperty("logback.configurationFile", "io/dotportion/bench/harness-logback.xml");
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path dir = Files.createTempDirectory("execlog-harness");
        ExecutionResult echo = echoRun();
        String load = Files.readString(Path.of("/proc/loadavg")).strip();
        System.out.println("Echo run logged " + runs + " times per scenario after a warm-up of " + runs / 4
                + "; load average before: " + load);
        System.out.println();
        System.out.println("| Scenario | CPU µs per logged run | wall ms | runs/s | documents |");
        System.out.println("|---|---:|---:|---:|---:|");
        try (EmbeddedMongo store = EmbeddedMongo.start(dir, 0);
                MongoClient client = MongoClients.create(
                        MongoPlatformStores.clientSettings(StoreSettings.defaults(store.connectionString())))) {
            int db = 0;
            TraceFormatter traces = new TraceFormatter(Limits.defaults());
            perRunDocuments(client, "warm" + db++, runs / 4, false, "before: one full document per run", echo, traces);
            perRunDocuments(client, "run" + db++, runs, true, "before: one full document per run", echo, traces);
            for (Scenario s : new Scenario[] {
                new Scenario("every run in full", LogSetting.of(LogSetting.Mode.ALL), false),
                new Scenario("default, before aggregates: a summary per run", null, true),
                new Scenario("default: counted in aggregates", null, false),
                new Scenario(
                        "errors, before aggregates: a summary per run", LogSetting.of(LogSetting.Mode.ERRORS), true),
                new Scenario("errors: counted in aggregates", LogSetting.of(LogSetting.Mode.ERRORS), false)
            }) {
                measure(client, store, "warm" + db++, s, echo, runs / 4, false);
                measure(client, store, "run" + db++, s, echo, runs, true);
            }
            perRunDocuments(
                    client, "warm" + db++, runs / 4, false, "lean documents, one per run (probe)", null, traces);
            perRunDocuments(client, "run" + db++, runs, true, "lean documents, one per run (probe)", null, traces);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.out.println();
        System.out.println("Load average after: "
                + Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private static void measure(
            MongoClient client,
            EmbeddedMongo store,
            String db,
            Scenario scenario,
            ExecutionResult echo,
            int runs,
            boolean print)
            throws InterruptedException {
        Clock clock = Clock.systemUTC();
        StoreSettings settings =
                StoreSettings.defaults(store.connectionString()).withDatabaseName("harness_" + db);
        MongoPlatformStores stores = MongoPlatformStores.over(client, settings, clock);
        // never sample: "every run in full" must stay so; the load sampler is the writer's safety valve
        ExecutionLogSettings logSettings = ExecutionLogSettings.defaults().withSampling(1.0, 2);
        TraceFormatter traces = new TraceFormatter(Limits.defaults());
        LogPolicy policy = new LogPolicy(clock, LogPolicy.DEFAULT_TRACES_PER_SECOND);
        ExecutionIds ids = new ExecutionIds(clock, new SecureRandom());
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        try (ExecutionLogWriter writer = ExecutionLogWriter.start(stores.executions(), logSettings, clock)) {
            long cpu0 = os.getProcessCpuTime();
            long wall0 = System.nanoTime();
            for (int done = 0; done < runs; done += CHUNK) {
                for (int i = done; i < Math.min(runs, done + CHUNK); i++) {
                    FinishedExecution run = new FinishedExecution(
                            ids.next(),
                            "p1",
                            "w1",
                            1,
                            FinishedExecution.DEPLOYED,
                            "POST",
                            "/echo",
                            clock.instant(),
                            echo,
                            Redactor.NONE,
                            scenario.setting());
                    Keeping keeping = policy.keeping(run); // as the server's log does (StoreExecutionLog)
                    if (keeping == Keeping.COUNT && scenario.summaries()) {
                        writer.submit(new SummaryRun(run, traces));
                    } else if (keeping == Keeping.COUNT) {
                        writer.count(
                                ExecutionRecords.key(run),
                                ExecutionRecords.durationMs(run),
                                run.startedAt().toEpochMilli());
                    } else if (keeping != null) {
                        writer.submit(new LoggedRun(run, traces), keeping);
                    }
                }
                if (!writer.flush(FLUSH)) {
                    throw new IllegalStateException("the log did not drain");
                }
            }
            long cpu = os.getProcessCpuTime() - cpu0;
            long wall = System.nanoTime() - wall0;
            if (writer.droppedCount() + writer.failedCount() > 0) {
                throw new IllegalStateException("runs were dropped or failed");
            }
            if (print) {
                var database = client.getDatabase(settings.databaseName());
                System.out.printf(
                        "| %s | %.1f | %d | %.0f | %d |%n",
                        scenario.name(),
                        cpu / 1_000.0 / runs,
                        wall / 1_000_000,
                        runs / (wall / 1e9),
                        database.getCollection("executions").countDocuments()
                                + database.getCollection("executionBatches").countDocuments());
            }
        }
    }

    /**
     * One document per run, 500 per unordered insert: with {@code echo} the layout before (the trace formatted
     * and stored as JSON text), without it a lean probe (the summary's fields only).
     */
    private static void perRunDocuments(
            MongoClient client,
            String db,
            int runs,
            boolean print,
            String name,
            ExecutionResult echo,
            TraceFormatter traces) {
        var collection = client.getDatabase("harness_" + db).getCollection("executions");
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        List<Document> batch = new ArrayList<>(500);
        for (int i = 0; i < runs; i++) {
            Document doc = new Document("_id", new ObjectId())
                    .append("projectId", "p1")
                    .append("workflowId", "w1")
                    .append("version", 1)
                    .append("kind", "deployed")
                    .append("status", "ok")
                    .append("httpStatus", 200)
                    .append("method", "POST")
                    .append("path", "/echo")
                    .append("durationMs", 0.05)
                    .append("startedAt", new Date());
            if (echo != null) {
                doc.append("errorCode", null)
                        .append("trace", Json.write(traces.formatRendered(echo.trace(), Redactor.NONE)));
            }
            batch.add(doc);
            if (batch.size() == 500 || i == runs - 1) {
                collection.insertMany(batch, new InsertManyOptions().ordered(false));
                batch.clear();
            }
        }
        long cpu = os.getProcessCpuTime() - cpu0;
        long wall = System.nanoTime() - wall0;
        if (print) {
            System.out.printf(
                    "| %s | %.1f | %d | %.0f | %d |%n",
                    name, cpu / 1_000.0 / runs, wall / 1_000_000, runs / (wall / 1e9), collection.countDocuments());
        }
    }

    private static ExecutionResult echoRun() {
        try (BenchEngine engine = new BenchEngine(Limits.defaults())) {
            WorkflowCompiler compiler = new WorkflowCompiler(engine.registry(), Limits.defaults());
            return compiler.compile(BenchWorkflows.document("echo.json"), SecretCatalog.EMPTY)
                    .execute(BenchWorkflows.post("/echo", "{\"name\": \"Ada\"}"));
        }
    }
}
