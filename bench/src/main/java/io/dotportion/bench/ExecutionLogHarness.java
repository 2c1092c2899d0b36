package io.dotportion.bench;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import io.dotportion.core.engine.ExecutionResult;
import io.dotportion.core.engine.Limits;
import io.dotportion.core.engine.TraceFormatter;
import io.dotportion.core.engine.WorkflowCompiler;
import io.dotportion.core.model.LogSetting;
import io.dotportion.core.secret.Redactor;
import io.dotportion.core.secret.SecretCatalog;
import io.dotportion.server.execution.ExecutionIds;
import io.dotportion.server.execution.ExecutionRecords;
import io.dotportion.server.execution.FinishedExecution;
import io.dotportion.server.execution.LogPolicy;
import io.dotportion.store.embedded.EmbeddedMongo;
import io.dotportion.store.log.ExecutionLogSettings;
import io.dotportion.store.log.ExecutionLogWriter;
import io.dotportion.store.log.Keeping;
import io.dotportion.store.mongo.MongoPlatformStores;
import io.dotportion.store.mongo.StoreSettings;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * What the execution log costs per run on the embedded store, end to end off the request path: the policy,
 * the record (trace formatting when kept in full), the writer's batching, the wire and the embedded store's
 * insert and commit. Process CPU time (every thread: writer, store, GC) per logged echo run, for
 * <ul>
 *   <li>{@code every run in full}: one document with its trace per run, as the log wrote every run before
 *       the log settings (and as {@code "log": {"mode": "all"}} does while the writer keeps up);</li>
 *   <li>{@code default}: no log setting: ten full traces per second per workflow, a summary for the rest;</li>
 *   <li>{@code errors}: every successful run as a summary;</li>
 *   <li>{@code lean documents, one per run}: not the log's path but a probe of the store: the summary's
 *       fields as one small document per run, inserted 500 at a time, to separate what a leaner record
 *       saves from what packing many runs into one document saves.</li>
 * </ul>
 * Each scenario gets a fresh database in one embedded store; a warm-up pass first. Not a test: it prints a
 * markdown table. {@code java -cp 'bench/target/classes:bench/target/lib/*' io.dotportion.bench.ExecutionLogHarness [runs]}
 */
public final class ExecutionLogHarness {
    private static final int CHUNK = 2_000;
    private static final Duration FLUSH = Duration.ofMinutes(5);

    private record Scenario(String name, LogSetting setting) {
    }

    private ExecutionLogHarness() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("logback.configurationFile", "io/dotportion/bench/harness-logback.xml");
        int runs = args.length > 0 ? Integer.parseInt(args[0]) : 20_000;
        Path dir = Files.createTempDirectory("execlog-harness");
        ExecutionResult echo = echoRun();
        String load = Files.readString(Path.of("/proc/loadavg")).strip();
        System.out.println("Echo run logged " + runs + " times per scenario after a warm-up of " + runs / 4
                + "; load average before: " + load);
        System.out.println();
        System.out.println("| Scenario | CPU µs per logged run | wall ms | runs/s | full documents | summary documents |");
        System.out.println("|---|---:|---:|---:|---:|---:|");
        try (EmbeddedMongo store = EmbeddedMongo.start(dir, 0);
             MongoClient client = MongoClients.create(MongoPlatformStores.clientSettings(
                     StoreSettings.defaults(store.connectionString())))) {
            int db = 0;
            for (Scenario s : new Scenario[] {new Scenario("every run in full", LogSetting.of(LogSetting.Mode.ALL)),
                    new Scenario("default", null), new Scenario("errors", LogSetting.of(LogSetting.Mode.ERRORS))}) {
                measure(client, store, "warm" + db++, s, echo, runs / 4, false);
                measure(client, store, "run" + db++, s, echo, runs, true);
            }
            leanDocuments(client, "warm" + db++, runs / 4, false);
            leanDocuments(client, "run" + db++, runs, true);
        } finally {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
            }
        }
        System.out.println();
        System.out.println("Load average after: " + Files.readString(Path.of("/proc/loadavg")).strip());
    }

    private static void measure(MongoClient client, EmbeddedMongo store, String db, Scenario scenario,
                                ExecutionResult echo, int runs, boolean print) throws InterruptedException {
        Clock clock = Clock.systemUTC();
        StoreSettings settings = StoreSettings.defaults(store.connectionString()).withDatabaseName("harness_" + db);
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
                    FinishedExecution run = new FinishedExecution(ids.next(), "p1", "w1", 1, FinishedExecution.DEPLOYED,
                            "POST", "/echo", clock.instant(), echo, Redactor.NONE, scenario.setting());
                    Keeping keeping = policy.keeping(run);
                    if (keeping != null) {
                        writer.submit(kept -> ExecutionRecords.of(run, traces, kept), keeping);
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
                System.out.printf("| %s | %.1f | %d | %.0f | %d | %d |%n", scenario.name(), cpu / 1_000.0 / runs,
                        wall / 1_000_000, runs / (wall / 1e9), database.getCollection("executions").countDocuments(),
                        database.getCollection("executionSummaries").countDocuments());
            }
        }
    }

    /** The probe: one small document per run (the summary's fields), 500 per unordered insert. */
    private static void leanDocuments(MongoClient client, String db, int runs, boolean print) {
        var collection = client.getDatabase("harness_" + db).getCollection("leanRuns");
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        long cpu0 = os.getProcessCpuTime();
        long wall0 = System.nanoTime();
        java.util.List<org.bson.Document> batch = new java.util.ArrayList<>(500);
        for (int i = 0; i < runs; i++) {
            batch.add(new org.bson.Document("_id", new org.bson.types.ObjectId()).append("projectId", "p1")
                    .append("workflowId", "w1").append("version", 1).append("kind", "deployed").append("status", "ok")
                    .append("httpStatus", 200).append("method", "POST").append("path", "/echo")
                    .append("durationMs", 0.05).append("startedAt", new java.util.Date()));
            if (batch.size() == 500 || i == runs - 1) {
                collection.insertMany(batch, new com.mongodb.client.model.InsertManyOptions().ordered(false));
                batch.clear();
            }
        }
        long cpu = os.getProcessCpuTime() - cpu0;
        long wall = System.nanoTime() - wall0;
        if (print) {
            System.out.printf("| lean documents, one per run (store probe) | %.1f | %d | %.0f | %d | - |%n",
                    cpu / 1_000.0 / runs, wall / 1_000_000, runs / (wall / 1e9), collection.countDocuments());
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
