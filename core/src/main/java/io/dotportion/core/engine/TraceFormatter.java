package io.dotportion.core.engine;

import com.fasterxml.jackson.databind.util.RawValue;
import io.dotportion.core.limit.Limits;
import io.dotportion.core.secret.Redactor;
import io.dotportion.core.value.Json;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns an execution trace into plain values for test-run answers and the execution log, off the request
 * path: each input, output and error goes through the {@link Redactor} as JSON text, and an input or output
 * over the per-node byte cap is replaced by {@code {"truncated": true, "bytes": N, "preview": "..."}}.
 * {@link #format} answers plain value trees (test-run answers); {@link #formatRendered} keeps each
 * input, output and error as the redacted JSON text it was measured as (a Jackson {@link RawValue} that
 * is written out verbatim), so the execution log writes each value once instead of parsing it back.
 *
 * <p>Credentials the nodes produced ({@link io.dotportion.core.node.NodeType#credentialOutputs}, like the
 * token of {@code jwtGenerate}) are masked wherever they appear in the trace ({@link CredentialMask}), unless
 * the caller asks for {@link Credentials#SHOWN} (the test-run answer, for the editor who ran it). The
 * execution log always masks them. The values nodes marked as sensitive while they ran (a password a
 * {@code password} node hashed or checked) are masked in every trace, the test-run answer included.
 */
public final class TraceFormatter {
    /** Whether the credentials nodes produced appear in the formatted trace. */
    public enum Credentials {
        MASKED,
        SHOWN
    }

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

    /** Plain value trees, the nodes' credentials masked. */
    public List<Map<String, Object>> format(List<TraceEntry> trace, Redactor redactor) {
        return format(trace, redactor, Credentials.MASKED);
    }

    public List<Map<String, Object>> format(List<TraceEntry> trace, Redactor redactor, Credentials credentials) {
        return format(trace, masks(trace, redactor, credentials), false);
    }

    /**
     * The same entries with each input, output and error as pre-rendered JSON ({@link RawValue}), the nodes'
     * credentials masked: only for writing out with Jackson (the execution log), never for reading values from.
     */
    public List<Map<String, Object>> formatRendered(List<TraceEntry> trace, Redactor redactor) {
        return format(trace, masks(trace, redactor, Credentials.MASKED), true);
    }

    /** One entry on its own, its credentials masked. */
    public Map<String, Object> format(TraceEntry entry, Redactor redactor) {
        return format(entry, masks(List.of(entry), redactor, Credentials.MASKED), false);
    }

    private static Redactor masks(List<TraceEntry> trace, Redactor redactor, Credentials credentials) {
        Redactor produced = CredentialMask.of(trace, credentials == Credentials.MASKED);
        return produced == Redactor.NONE ? redactor : text -> produced.redact(redactor.redact(text));
    }

    private List<Map<String, Object>> format(List<TraceEntry> trace, Redactor redactor, boolean rendered) {
        List<Map<String, Object>> out = new ArrayList<>(trace.size());
        for (TraceEntry entry : trace) {
            out.add(format(entry, redactor, rendered));
        }
        return Collections.unmodifiableList(out);
    }

    private Map<String, Object> format(TraceEntry entry, Redactor redactor, boolean rendered) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("nodeId", entry.nodeId());
        out.put("type", entry.type());
        out.put("status", entry.error() == null ? "ok" : "error");
        out.put("port", entry.port());
        out.put("durationMs", Math.round(entry.durationNanos() / 1_000.0) / 1_000.0);
        out.put("loopIndex", entry.loopIndex());
        out.put("input", capped(entry.input(), redactor, rendered));
        out.put("output", capped(entry.output(), redactor, rendered));
        out.put(
                "error",
                entry.error() == null ? null : capped(ErrorBodies.edgeInput(entry.error()), redactor, rendered));
        return Collections.unmodifiableMap(out);
    }

    private Object capped(Object value, Redactor redactor, boolean rendered) {
        if (value == null) {
            return null;
        }
        String json;
        try {
            json = redactor.redact(Json.write(value));
        } catch (RuntimeException e) {
            return "<value that cannot be written as JSON>";
        }
        int bytes = utf8Length(json);
        if (bytes > maxBytesPerNode) {
            return truncated(json, bytes);
        }
        if (rendered) {
            return new RawValue(json);
        }
        try {
            return Json.parse(json);
        } catch (IllegalArgumentException e) {
            return json;
        }
    }

    /** UTF-8 length of {@code s} without encoding it (an unpaired surrogate counts as '?', as {@code getBytes} does). */
    static int utf8Length(String s) {
        int bytes = 0;
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                bytes++;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else if (Character.isSurrogate(c)) {
                bytes++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
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
