package io.dotportion.store.stats;

import io.dotportion.core.port.StatsBucket;
import io.dotportion.core.port.StatsCounts;
import io.dotportion.core.port.StatsGranularity;
import java.util.HashMap;
import java.util.Map;
import org.bson.Document;

/**
 * The stored shape of a bucket: {@code calls}, {@code errors}, {@code status: {"200": n}} and
 * {@code latency: {"<bucket index>": n}}.
 */
final class StatsDocuments {
    private StatsDocuments() {}

    static Document increments(StatsCounts counts) {
        Document inc = new Document("calls", counts.calls()).append("errors", counts.errors());
        counts.statusCodes().forEach((code, n) -> inc.append("status." + code, n));
        counts.latency().forEach((index, n) -> inc.append("latency." + index, n));
        return inc;
    }

    static StatsBucket bucket(Document doc, StatsGranularity granularity) {
        StatsCounts counts = new StatsCounts(
                number(doc.get("calls")),
                number(doc.get("errors")),
                keyed(doc.get("status", Document.class)),
                keyed(doc.get("latency", Document.class)));
        return new StatsBucket(
                doc.getString("projectId"),
                doc.getString("workflowId"),
                granularity,
                doc.getDate("start").toInstant(),
                counts);
    }

    private static Map<Integer, Long> keyed(Document doc) {
        Map<Integer, Long> out = new HashMap<>();
        if (doc != null) {
            doc.forEach((key, value) -> {
                long n = number(value);
                if (n != 0) {
                    out.put(Integer.parseInt(key), n);
                }
            });
        }
        return out;
    }

    private static long number(Object value) {
        return value instanceof Number n ? n.longValue() : 0;
    }
}
