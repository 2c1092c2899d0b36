package io.dotportion.server.leak;

import io.dotportion.core.leak.Finding;
import io.dotportion.core.model.WorkflowDocument;
import io.dotportion.core.model.WorkflowDocuments;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Findings as exports show them: {@code {path, kind, preview}} (the kind's id, a masked preview, never the
 * value). An export of a workflow with findings carries them as {@code credentialLiterals} beside the document
 * (import ignores the field) and answers the header {@link #HEADER} with their count; a clean export is the
 * document alone, byte for byte as before.
 */
public final class LeakViews {
    public static final String HEADER = "X-Credential-Literals";
    public static final String FIELD = "credentialLiterals";

    private LeakViews() {}

    public static List<Map<String, Object>> of(List<Finding> findings) {
        return findings.stream().map(LeakViews::of).toList();
    }

    static Map<String, Object> of(Finding f) {
        Map<String, Object> view = new LinkedHashMap<>();
        view.put("path", f.path());
        view.put("kind", f.kind().id());
        view.put("preview", f.preview());
        return view;
    }

    /** The export of {@code document}: the document, plus {@code credentialLiterals} when the check flags any. */
    public static Map<String, Object> export(WorkflowDocument document, List<Finding> findings) {
        Map<String, Object> body = WorkflowDocuments.toValue(document);
        if (!findings.isEmpty()) {
            body.put(FIELD, of(findings));
        }
        return body;
    }
}
