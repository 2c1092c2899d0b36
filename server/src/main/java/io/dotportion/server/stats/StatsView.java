package io.dotportion.server.stats;

import io.dotportion.core.port.StatsBucket;
import io.dotportion.core.port.StatsCounts;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Stats as the API shows them: totals over the range, one entry per bucket in the range (empty ones
 * included, so a chart has no gaps), and for a project the totals of each workflow. Latency
 * percentiles are in milliseconds, null when there were no calls.
 */
public final class StatsView {
    private StatsView() {}

    public static Map<String, Object> of(StatsQuery query, List<StatsBucket> buckets, boolean perWorkflow) {
        Map<Instant, StatsCounts> byStart = new TreeMap<>();
        Map<String, StatsCounts> byWorkflow = new TreeMap<>();
        StatsCounts total = StatsCounts.EMPTY;
        for (StatsBucket b : buckets) {
            byStart.merge(b.start(), b.counts(), StatsCounts::plus);
            byWorkflow.merge(b.workflowId(), b.counts(), StatsCounts::plus);
            total = total.plus(b.counts());
        }
        List<Map<String, Object>> series = new ArrayList<>();
        for (Instant start = query.from();
                start.isBefore(query.to());
                start = start.plus(query.granularity().width())) {
            Map<String, Object> entry = new LinkedHashMap<>();
            entry.put("start", start.toString());
            entry.putAll(counts(byStart.getOrDefault(start, StatsCounts.EMPTY)));
            series.add(entry);
        }
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("granularity", query.granularity().label());
        view.put("from", query.from().toString());
        view.put("to", query.to().toString());
        view.put("totals", counts(total));
        view.put("buckets", series);
        if (perWorkflow) {
            List<Map<String, Object>> workflows = new ArrayList<>();
            byWorkflow.forEach((id, c) -> {
                Map<String, Object> entry = new LinkedHashMap<>();
                entry.put("workflowId", id);
                entry.putAll(counts(c));
                workflows.add(entry);
            });
            view.put("workflows", workflows);
        }
        return view;
    }

    static Map<String, Object> counts(StatsCounts c) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("calls", c.calls());
        out.put("errors", c.errors());
        Map<String, Long> codes = new LinkedHashMap<>();
        c.sortedStatusCodes().forEach((code, n) -> codes.put(String.valueOf(code), n));
        out.put("statusCodes", codes);
        out.put("p50", LatencyScale.percentile(c.latency(), 0.50));
        out.put("p95", LatencyScale.percentile(c.latency(), 0.95));
        out.put("p99", LatencyScale.percentile(c.latency(), 0.99));
        return out;
    }
}
