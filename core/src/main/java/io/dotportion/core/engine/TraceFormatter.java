package io.dotportion.core.engine;

import io.dotportion.core.secret.Redactor;
import io.dotportion.core.value.Json;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an execution trace into plain values for test-run answers and the execution log, off the request
 * path: each input, output and error goes through the {@link Redactor} as JSON text, and an input or output
 * over the per-node byte cap is replaced by {@code {"truncated": true, "bytes": N, "preview": "..."}}.
 */
public final class TraceFormatter {
    /** Characters of an over-size value kept as its preview (never more than the byte cap). */
    public static final int DEFAULT_PREVIEW_CHARS = 256;

    private final int maxBytesPerNode;
    private final int previewChars;

    public TraceFormatter(int maxBytesPerNode, int previewChars) {
        if (maxBytesPerNode < 0 || previewChars < 0) {
            throw new IllegalArgumentException("trace limits must not be negative");
        }
        this.maxBytesPerNode = maxBytesPerNode;
        this.previewChars = Math.min(previewChars, maxBytesPerNode);
    }

    public TraceFormatter(Limits limits) {
        this(limits.traceBytesPerNode(), DEFAULT_PREVIEW_CHARS);
    }

    public List<Map<String, Object>> format(List<TraceEntry> trace, Redactor redactor) {
        List<Map<String, Object>> out = new ArrayList<>(trace.size());
        for (TraceEntry entry : trace) {
            out.add(format(entry, redactor));
        }
        return Collections.unmodifiableList(out);
    }

    public Map<String, Object> format(TraceEntry entry, Redactor redactor) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nodeId", entry.nodeId());
        out.put("type", entry.type());
        out.put("status", entry.error() == null ? "ok" : "error");
        out.put("port", entry.port());
        out.put("durationMs", Math.round(entry.durationNanos() / 1_000.0) / 1_000.0);
        out.put("loopIndex", entry.loopIndex());
        out.put("input", capped(entry.input(), redactor));
        out.put("output", capped(entry.output(), redactor));
        out.put("error", entry.error() == null ? null : capped(ErrorBodies.edgeInput(entry.error()), redactor));
        return Collections.unmodifiableMap(out);
    }

    private Object capped(Object value, Redactor redactor) {
        if (value == null) {
            return null;
        }
        String json;
        try {
            json = redactor.redact(Json.write(value));
        } catch (RuntimeException e) {
            return "<value that cannot be written as JSON>";
        }
        int bytes = json.getBytes(StandardCharsets.UTF_8).length;
        if (bytes > maxBytesPerNode) {
            return truncated(json, bytes);
        }
        try {
            return Json.parse(json);
        } catch (IllegalArgumentException e) {
            return json;
        }
    }

    private Map<String, Object> truncated(String json, int bytes) {
        int end = Math.min(previewChars, json.length());
        if (end > 0 && Character.isHighSurrogate(json.charAt(end - 1))) {
            end--;
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("truncated", true);
        out.put("bytes", bytes);
        out.put("preview", json.substring(0, end));
        return Collections.unmodifiableMap(out);
    }
}
