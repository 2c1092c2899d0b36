package io.dotportion.server.metrics;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.DoubleAdder;
import java.util.concurrent.atomic.LongAdder;

/** A Prometheus histogram of durations in seconds over fixed upper bounds; lock-free to observe. */
final class Histogram {
    /** Upper bounds in seconds, the classic Prometheus defaults. */
    private static final double[] BOUNDS = {0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

    private final LongAdder[] buckets = new LongAdder[BOUNDS.length + 1];
    private final DoubleAdder sum = new DoubleAdder();

    Histogram() {
        for (int i = 0; i < buckets.length; i++) {
            buckets[i] = new LongAdder();
        }
    }

    void observe(long nanos) {
        double seconds = nanos / 1e9;
        int i = 0;
        while (i < BOUNDS.length && seconds > BOUNDS[i]) {
            i++;
        }
        buckets[i].increment();
        sum.add(seconds);
    }

    /** Writes {@code name_bucket} (cumulative, ending with +Inf), {@code name_sum} and {@code name_count}. */
    void write(PrometheusText out, String name, Map<String, String> labels) {
        long cumulative = 0;
        for (int i = 0; i < buckets.length; i++) {
            cumulative += buckets[i].sum();
            Map<String, String> withLe = new LinkedHashMap<>(labels);
            withLe.put("le", i < BOUNDS.length ? PrometheusText.number(BOUNDS[i]) : "+Inf");
            out.sample(name + "_bucket", withLe, cumulative);
        }
        out.sample(name + "_sum", labels, sum.sum());
        out.sample(name + "_count", labels, cumulative);
    }
}
