package io.dotportion.server.metrics;

import io.dotportion.nodes.script.SandboxUsage;
import java.util.function.Supplier;

/** Everything {@code GET /metrics} shows, gathered from the parts that count it. */
public final class Metrics {
    private final RequestMetrics requests;
    private final ExecutionMetrics executions;
    private final MongoPoolMetrics mongoPool;
    private final Supplier<SandboxUsage> sandbox;

    public Metrics(
            RequestMetrics requests,
            ExecutionMetrics executions,
            MongoPoolMetrics mongoPool,
            Supplier<SandboxUsage> sandbox) {
        this.requests = requests;
        this.executions = executions;
        this.mongoPool = mongoPool;
        this.sandbox = sandbox;
    }

    public RequestMetrics requests() {
        return requests;
    }

    public ExecutionMetrics executions() {
        return executions;
    }

    /** The script pool's use now (also what readiness looks at). */
    public Supplier<SandboxUsage> sandbox() {
        return sandbox;
    }

    /** The exposition text, every family in a fixed order. */
    public String scrape() {
        PrometheusText out = new PrometheusText();
        requests.write(out);
        executions.write(out);
        SandboxUsage usage = sandbox.get();
        out.family("dotportion_js_contexts", "gauge", "JavaScript sandbox contexts, in use and idle.");
        out.sample("dotportion_js_contexts", PrometheusText.labels("state", "in_use"), usage.inUse());
        out.sample("dotportion_js_contexts", PrometheusText.labels("state", "idle"), usage.idle());
        out.family("dotportion_js_pool_size", "gauge", "Most JavaScript sandbox contexts that may exist at once.");
        out.sample("dotportion_js_pool_size", PrometheusText.labels(), usage.poolSize());
        out.family(
                "dotportion_js_stuck_runs",
                "gauge",
                "Script runs that did not stop when cancelled, written off and still holding a thread.");
        out.sample("dotportion_js_stuck_runs", PrometheusText.labels(), usage.stuck());
        mongoPool.write(out);
        return out.text();
    }
}
