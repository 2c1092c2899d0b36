package io.dotportion.bench;

import io.dotportion.core.engine.CompiledWorkflow;
import io.dotportion.core.engine.WorkflowCompiler;
import io.dotportion.core.limit.Limits;
import io.dotportion.core.model.WorkflowDocument;
import io.dotportion.core.secret.SecretCatalog;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * The heap a deployed plan keeps: compiles {@code count} plans of each benchmark workflow and prints the
 * retained heap per plan (after a full collection, before and after). Plans of one project share nothing but
 * the node types, so this is the cost of a workflow per instance whatever the number of projects.
 *
 * <pre>java -cp 'bench/target/classes:bench/target/lib/*' io.dotportion.bench.PlanFootprint 2000</pre>
 */
public final class PlanFootprint {
    private PlanFootprint() {}

    public static void main(String[] args) throws InterruptedException {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
        try (BenchEngine engine = new BenchEngine(Limits.defaults())) {
            WorkflowCompiler compiler = new WorkflowCompiler(engine.registry(), Limits.defaults());
            for (String file : List.of("echo.json", "no-scripts.json", "scripted.json")) {
                WorkflowDocument document = BenchWorkflows.document(file);
                for (int i = 0; i < 100; i++) { // classes loaded, caches and the sandbox engine warm
                    compiler.compile(document, SecretCatalog.EMPTY);
                }
                long before = retained();
                List<CompiledWorkflow> plans = new ArrayList<>(count);
                for (int i = 0; i < count; i++) {
                    plans.add(compiler.compile(BenchWorkflows.document(file), SecretCatalog.EMPTY));
                }
                long after = retained();
                System.out.printf(
                        "%-16s %6d plans  %8.1f KiB retained per plan%n",
                        file, plans.size(), (after - before) / 1024.0 / count);
            }
        }
    }

    private static long retained() throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 3; i++) {
            System.gc();
            Thread.sleep(100);
        }
        return memory.getHeapMemoryUsage().getUsed();
    }
}
