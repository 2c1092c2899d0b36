package io.dotportion.core.engine;

import io.dotportion.core.secret.JsonForms;
import io.dotportion.core.secret.Redactor;
import io.dotportion.core.secret.WholeValueMask;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Masks the credentials the nodes of one execution produced (the output fields each node type declares in
 * {@link io.dotportion.core.node.NodeType#credentialOutputs}) wherever they appear in its trace: as
 * {@code [redacted:<nodeId>.<field>]}, as a whole token, as is and JSON-escaped. A token a later node copied
 * into its own output, a header or a message is masked there too.
 */
final class CredentialMask {
    private CredentialMask() {}

    /** The mask for the credentials of {@code trace}; {@link Redactor#NONE} when no node produced one. */
    static Redactor of(List<TraceEntry> trace) {
        List<WholeValueMask.Entry> entries = new ArrayList<>();
        for (TraceEntry entry : trace) {
            if (entry == null || entry.credentials().isEmpty() || !(entry.output() instanceof Map<?, ?> output)) {
                continue;
            }
            for (String field : entry.credentials()) {
                if (output.get(field) instanceof String value && !value.isEmpty()) {
                    String replacement = "[redacted:" + entry.nodeId() + "." + field + "]";
                    for (String form : JsonForms.forms(value)) {
                        entries.add(new WholeValueMask.Entry(form, replacement));
                    }
                }
            }
        }
        return entries.isEmpty() ? Redactor.NONE : WholeValueMask.EMPTY.with(entries);
    }
}
