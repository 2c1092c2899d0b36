package io.dotportion.core.engine;

import io.dotportion.core.secret.JsonForms;
import io.dotportion.core.secret.Redactor;
import io.dotportion.core.secret.WholeValueMask;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Masks the credentials the nodes of one execution produced (the output fields each node type declares in
 * {@link io.dotportion.core.node.NodeType#credentialOutputs}) and the values they marked as sensitive while they
 * ran ({@link io.dotportion.core.node.NodeContext#sensitive}, like the password a {@code password} node hashed)
 * wherever they appear in its trace: as {@code [redacted:<nodeId>.<field>]}, as a whole token, as is and
 * JSON-escaped. A token a later node copied into its own output, a header or a message is masked there too, and a
 * password is masked in the request body and in every node's input and output that carries it.
 */
final class CredentialMask {
    private CredentialMask() {}

    /**
     * The mask for {@code trace}; {@link Redactor#NONE} when nothing is to be masked. Marked values are always
     * masked; produced credentials only when {@code outputs} is true.
     */
    static Redactor of(List<TraceEntry> trace, boolean outputs) {
        List<WholeValueMask.Entry> entries = new ArrayList<>();
        for (TraceEntry entry : trace) {
            if (entry == null) {
                continue;
            }
            for (MarkedValue marked : entry.marked()) {
                add(entries, entry.nodeId(), marked.field(), marked.value());
            }
            if (outputs && !entry.credentials().isEmpty() && entry.output() instanceof Map<?, ?> output) {
                for (String field : entry.credentials()) {
                    if (output.get(field) instanceof String value) {
                        add(entries, entry.nodeId(), field, value);
                    }
                }
            }
        }
        return entries.isEmpty() ? Redactor.NONE : WholeValueMask.EMPTY.with(entries);
    }

    private static void add(List<WholeValueMask.Entry> entries, String nodeId, String field, String value) {
        if (value.isEmpty()) {
            return;
        }
        String replacement = "[redacted:" + nodeId + "." + field + "]";
        for (String form : JsonForms.forms(value)) {
            entries.add(new WholeValueMask.Entry(form, replacement));
        }
    }
}
