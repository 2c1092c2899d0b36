package io.dotportion.store.log;

import io.dotportion.core.port.ExecutionRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.bson.types.ObjectId;

/**
 * Runs only counted, per {@link RunKey}: adding one is a map read and a short lock on its tally, with nothing
 * queued. {@link #drain} takes every open tally and makes one aggregate record of each; a run added while its
 * tally is being drained counts in a fresh one (the next drain), so no run is lost or counted twice.
 */
final class RunTallies {
    private final Map<RunKey, Tally> open = new ConcurrentHashMap<>();

    void add(RunKey key, double durationMs, long startedAtMillis) {
        while (true) {
            Tally tally = open.get(key);
            if (tally == null) {
                Tally fresh = new Tally();
                tally = open.putIfAbsent(key, fresh);
                if (tally == null) {
                    tally = fresh;
                }
            }
            if (tally.add(durationMs, startedAtMillis)) {
                return;
            }
        }
    }

    /** The aggregates of every run counted since the last drain, each with an id made at its first run's start. */
    List<ExecutionRecord> drain() {
        List<ExecutionRecord> out = new ArrayList<>(open.size());
        for (Map.Entry<RunKey, Tally> entry : open.entrySet()) {
            RunKey key = entry.getKey();
            Tally tally = entry.getValue();
            open.remove(key, tally);
            ExecutionRecord aggregate = tally.close(key);
            if (aggregate != null) {
                out.add(aggregate);
            }
        }
        return out;
    }

    /** One key's runs since the last drain; closed once drained. */
    private static final class Tally {
        private long count;
        private double totalMs;
        private double minMs = Double.MAX_VALUE;
        private double maxMs;
        private long firstMillis = Long.MAX_VALUE;
        private long lastMillis = Long.MIN_VALUE;
        private boolean closed;

        synchronized boolean add(double durationMs, long startedAtMillis) {
            if (closed) {
                return false;
            }
            count++;
            totalMs += durationMs;
            minMs = Math.min(minMs, durationMs);
            maxMs = Math.max(maxMs, durationMs);
            firstMillis = Math.min(firstMillis, startedAtMillis);
            lastMillis = Math.max(lastMillis, startedAtMillis);
            return true;
        }

        synchronized ExecutionRecord close(RunKey key) {
            closed = true;
            if (count == 0) {
                return null;
            }
            Instant first = Instant.ofEpochMilli(firstMillis);
            return ExecutionRecord.aggregate(
                    new ObjectId(Date.from(first)).toHexString(),
                    key.projectId(),
                    key.workflowId(),
                    key.version(),
                    key.kind(),
                    key.httpStatus(),
                    key.method(),
                    first,
                    new ExecutionRecord.Aggregate(count, totalMs, minMs, maxMs, Instant.ofEpochMilli(lastMillis)));
        }
    }
}
